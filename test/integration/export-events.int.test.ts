// The events export read back as JSON Lines, every line checked against the JSON Schema kept in the
// repository (ajv), its counts against independent Cypher, and every cited span against the page text.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportEvent } from '../../src/export/events.js';
import { EVENT_ACTS } from '../../src/export/plover-map.js';
import { type Db, readQuery } from '../../src/graph/driver.js';
import { cypherValue } from './api-helpers.js';
import { exportGraph, exportText } from './export-helpers.js';
import { root } from './ingest-cli.js';

let db: Db;
let events: ExportEvent[];
let text: string;
beforeAll(async () => {
  db = await exportGraph();
  text = (await exportText(db, 'events', { pageSize: 7 })).text;
  events = text.trimEnd().split('\n').map((line) => JSON.parse(line) as ExportEvent);
});
afterAll(async () => {
  await db?.close();
});

const schema = JSON.parse(readFileSync(`${root}/schema/export/event.schema.json`, 'utf8'));

describe('export events', () => {
  it('writes lines that all satisfy schema/export/event.schema.json', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    expect(text.endsWith('\n')).toBe(true);
    for (const event of events) {
      const id = event.event_id;
      expect(validate(event) ? null : { id, errors: validate.errors }).toBeNull();
    }
  });

  it('has one CONSULT per dated meeting and one event per statement of a mapped act, as Cypher counts', async () => {
    const consults = events.filter((e) => e.event_type === 'CONSULT');
    expect(consults.length).toBe(await cypherValue(db, 'MATCH (m:Meeting) WHERE m.date IS NOT NULL RETURN count(m) AS value'));
    expect(events.length - consults.length).toBe(await cypherValue(db, `
      MATCH (s:Statement)-[:IN_MEETING]->(m:Meeting) WHERE m.date IS NOT NULL AND s.act IN $acts RETURN count(s) AS value`,
    { acts: EVENT_ACTS }));
    expect(new Set(events.map((e) => e.event_id)).size).toBe(events.length);
    expect(new Set(events.map((e) => e.event_type))).toEqual(new Set(['CONSULT', 'AGREE', 'REQUEST', 'SUPPORT']));
  });

  it('cites every statement by the exact span of its page', async () => {
    const pages = new Map((await readQuery<{ id: string; text: string }>(db, 'MATCH (d:Document) RETURN d.id AS id, d.text AS text'))
      .map((d) => [d.id, d.text]));
    const statements = events.filter((e) => e.speech_act !== null);
    expect(statements.length).toBeGreaterThan(5);
    for (const event of statements) {
      const { page_id, start, end, text: cited } = event.source;
      expect(pages.get(page_id!)!.slice(start!, end!)).toBe(cited);
    }
  });

  it('codes a summit in Moscow as Japan visiting Russia, a call as phone, joint agreement as AGREE of both', () => {
    const moscow = events.find((e) => e.event_id.endsWith(':m1') && e.event_date === '2003-01-10' && e.meeting_kind === 'summit')!;
    expect(moscow).toMatchObject({ event_type: 'CONSULT', mode: 'visit', cameo_code: '042',
      actor: { country: 'JPN', ccode: 740, persons: ['person:koizumi'] }, recipient: { country: 'RUS', ccode: 365, persons: ['person:putin'] } });
    const call = events.find((e) => e.meeting_kind === 'telephone')!;
    expect(call).toMatchObject({ mode: 'phone', cameo_code: '041' });
    const joint = events.find((e) => e.joint && e.meeting_id === moscow.meeting_id)!;
    expect(joint).toMatchObject({ event_type: 'AGREE', speech_act: 'agreement', actor: { country: 'JPN' }, recipient: { country: 'RUS' } });
  });

  it('keeps to --from/--to', async () => {
    const lines = (await exportText(db, 'events', { range: { from: '2004-01-01', to: '2004-12-31' } })).text.trimEnd().split('\n');
    const dates = lines.map((line) => (JSON.parse(line) as ExportEvent).event_date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d.startsWith('2004-'))).toBe(true);
  });
});
