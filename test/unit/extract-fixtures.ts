// Shared by the extract-*.test.ts files: runs the real pipeline on the hand-written meeting summaries
// in test/fixtures/docs (invented content in the genre of the shared corpus, see INDEX.tsv there) and
// offers lookups by what the text says, so that tests name people by their surface forms rather than
// by lexicon keys. Each test file loads kuromoji once (about a second); results are cached per file.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../../src/pipeline.js';
import type { Entity, ExtractionResult, Meeting, Participant, Statement } from '../../src/types.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/docs/', import.meta.url));
export const SAMPLE_PATH = fileURLToPath(new URL('../../samples/mofa-2002-10-27-koizumi-kasyanov.txt', import.meta.url));

/** Every fixture document, by file name. */
export const FIXTURE_NAMES: string[] = readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.txt')).sort();

export function fixturePath(name: string): string {
  return `${FIXTURE_DIR}${name}`;
}

const cache = new Map<string, Promise<ExtractionResult>>();

/** Extraction result of a fixture (a file name in test/fixtures/docs) or of any path. */
export function extract(nameOrPath: string): Promise<ExtractionResult> {
  const path = nameOrPath.includes('/') ? nameOrPath : fixturePath(nameOrPath);
  let result = cache.get(path);
  if (!result) {
    result = extractDocument({ source: path, text: readFileSync(path, 'utf8') });
    cache.set(path, result);
  }
  return result;
}

/** The single meeting of a one-meeting document. */
export function onlyMeeting(result: ExtractionResult): Meeting {
  if (result.meetings.length !== 1) throw new Error(`expected one meeting, got ${result.meetings.length}`);
  return result.meetings[0]!;
}

/** The entity one of whose mentions is exactly `surface`; throws when none or several. */
export function entityMentioned(result: ExtractionResult, surface: string, type?: Entity['type']): Entity {
  const found = result.entities.filter((e) => (!type || e.type === type) && e.mentions.some((m) => m.text === surface));
  if (found.length !== 1) {
    throw new Error(`expected one ${type ?? 'entity'} mentioned as 「${surface}」, got ${found.map((e) => e.id).join(', ') || 'none'}`);
  }
  return found[0]!;
}

/** The Person mentioned as `surface` (e.g. 安倍総理, 楊部長). */
export function person(result: ExtractionResult, surface: string): Entity {
  return entityMentioned(result, surface, 'Person');
}

export function entityById(result: ExtractionResult, id: string): Entity | undefined {
  return result.entities.find((e) => e.id === id);
}

/** The participation of the person mentioned as `surface` in the document's meeting. */
export function participation(result: ExtractionResult, surface: string): Participant | undefined {
  const id = person(result, surface).id;
  return onlyMeeting(result).participants.find((p) => p.entity === id);
}

/** The one statement whose text contains `fragment`. */
export function statementWith(result: ExtractionResult, fragment: string): Statement {
  const found = result.statements.filter((s) => s.text.includes(fragment));
  if (found.length !== 1) throw new Error(`expected one statement containing 「${fragment}」, got ${found.length}`);
  return found[0]!;
}

/** Surface forms of an entity's mentions, in document order. */
export function mentionTexts(entity: Entity): string[] {
  return [...entity.mentions].sort((a, b) => a.start - b.start).map((m) => m.text);
}

/** Entities whose name, an alias or a mention contains `fragment`. */
export function entitiesNaming(result: ExtractionResult, fragment: string): Entity[] {
  return result.entities.filter((e) =>
    [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].some((s) => s.includes(fragment)));
}
