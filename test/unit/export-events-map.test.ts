// The reviewed mapping and the JSON Schema agree, and the progress line only draws on a terminal.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consultMode, statementEvent, type StatementRow } from '../../src/export/events.js';
import { EVENT_ACTS, MEETING_CODES, SPEECH_ACT_CODES } from '../../src/export/plover-map.js';
import { createExportProgress } from '../../src/export/progress.js';
import { SPEECH_ACTS } from '../../src/export/vocabulary.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/export/event.schema.json', import.meta.url), 'utf8'));

describe('PLOVER/CAMEO mapping', () => {
  it('codes every speech act, and the schema allows exactly the acts that become events', () => {
    expect(Object.keys(SPEECH_ACT_CODES).sort()).toEqual([...SPEECH_ACTS].sort());
    expect(schema.properties.speech_act.enum.filter((v: unknown) => v !== null).sort()).toEqual([...EVENT_ACTS].sort());
    expect(schema.properties.mode.enum.filter((v: unknown) => v !== null).sort()).toEqual(Object.keys(MEETING_CODES).sort());
    for (const code of [...Object.values(SPEECH_ACT_CODES), ...Object.values(MEETING_CODES)]) {
      expect(code.cameo).toMatch(/^\d{3}$/);
      expect(Math.abs(code.goldstein)).toBeLessThanOrEqual(10);
    }
  });

  it('tells the CONSULT modes apart', () => {
    expect(consultMode({ kind: 'summit', sides: ['JPN', 'RUS'], places: ['RUS'] })).toBe('visit');
    expect(consultMode({ kind: 'video', sides: ['JPN', 'USA'], places: [] })).toBe('phone');
    expect(consultMode({ kind: 'summit', sides: ['JPN', 'CHN'], places: ['CHL'] })).toBe('third-party');
    expect(consultMode({ kind: 'summit', sides: ['JPN', 'KOR', 'CHN'], places: ['JPN'] })).toBe('multilateral');
    expect(consultMode({ kind: 'courtesy_call', sides: ['JPN', 'IND'], places: [] })).toBe('unspecified');
  });

  it('writes no event for an act without a PLOVER type, and makes a joint statement Japan\'s towards the other side', () => {
    const row: StatementRow = {
      id: 'd:s1', act: 'agreement', text: '両首脳は一致した。', start: 0, end: 9, meeting: 'd:m1', date: '2003-01-10', kind: 'summit',
      sides: ['RUS', 'JPN'], speakers: [{ person: 'person:putin', country: 'RUS' }, { person: 'person:koizumi', country: 'JPN' }],
      principals: [], document: null, source: 'https://www.mofa.go.jp/x.html',
    };
    expect(statementEvent(row)).toMatchObject({ joint: true, event_type: 'AGREE', actor: { country: 'JPN', persons: ['person:koizumi'] },
      recipient: { country: 'RUS', persons: ['person:putin'] }, source: { url: 'https://www.mofa.go.jp/x.html' } });
    expect(statementEvent({ ...row, act: 'statement' })).toBeNull();
  });
});

describe('progress line', () => {
  const fakeStream = (isTTY: boolean) => {
    const writes: string[] = [];
    return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream };
  };

  it('draws on a terminal and stays silent otherwise', () => {
    const tty = fakeStream(true);
    const progress = createExportProgress('export events', tty.stream);
    progress.update(500);
    progress.done();
    expect(tty.writes.join('')).toMatch(/^\rexport events: 500 rows read, \d+ rows\/s\n$/);
    const pipe = fakeStream(false);
    createExportProgress('export events', pipe.stream).update(500);
    expect(pipe.writes).toEqual([]);
  });
});
