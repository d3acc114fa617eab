// Ingest's account of what extraction could not establish, on pages extracted for real.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { findingsOf } from '../../src/ingest/findings.js';
import { formatSummary, IngestTally } from '../../src/ingest/summary.js';

const page = (lead: string, header = '令和5年3月14日') =>
  extractDocument({ source: 'findings', text: ['外務省', '', header, '', ` ${lead}`, '', '  1. 山田総理大臣から、関係の発展を歓迎する旨述べました。', ''].join('\n') });

describe('findingsOf', () => {
  it('finds nothing missing on a dated bilateral meeting with both sides known', async () => {
    const result = await page('3月14日、山田太郎内閣総理大臣は、アルファ・ベータ・チリ共和国大統領と首脳会談を行いました。');
    expect(findingsOf(result)).toEqual({ statementsWithoutMeeting: 0, undatedMeetings: 0, meetingsWithoutForeignSide: 0, principalsWithoutCountry: 0 });
  });

  it('counts a foreign leader without a country, the side it leaves unknown, and a meeting without a date', async () => {
    const result = await page('山田太郎内閣総理大臣は、アルファ・ベータ大統領と首脳会談を行いました。', '外務省報道発表');
    expect(findingsOf(result)).toEqual({ statementsWithoutMeeting: 0, undatedMeetings: 1, meetingsWithoutForeignSide: 1, principalsWithoutCountry: 1 });
  });

  it('does not count the head of an international body as a missing country', async () => {
    const result = await page('3月14日、山田太郎内閣総理大臣は、ガンマ・デルタ国連事務総長と会談を行いました。');
    expect(findingsOf(result)).toMatchObject({ meetingsWithoutForeignSide: 0, principalsWithoutCountry: 0 });
  });
});

describe('the ingest report', () => {
  it('totals the findings and names a few pages for each', async () => {
    const tally = new IngestTally();
    const findings = { statementsWithoutMeeting: 0, undatedMeetings: 1, meetingsWithoutForeignSide: 1, principalsWithoutCountry: 2 };
    for (const source of ['a.html', 'b.html', 'c.html', 'd.html']) tally.add({ source, status: 'created', statements: 3, findings });
    tally.add({ source: 'e.html', status: 'created', statements: 3, findings: { ...findings, undatedMeetings: 0, meetingsWithoutForeignSide: 0, principalsWithoutCountry: 0 } });
    const lines = formatSummary(tally.summary());
    expect(lines).toContain('  4 meetings without a date: a.html, b.html, c.html, …');
    expect(lines).toContain('  8 principals without a country: a.html, b.html, c.html, …');
    expect(lines.some((l) => l.includes('statements but no meeting'))).toBe(false);
  });
});
