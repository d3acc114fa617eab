// Composes the extraction stages for one normalised document text: layout → tokens → mentions →
// people and entities → meeting → statements. Returns the contract's parts.
import type { Entity, Meeting, Statement, Topic } from '../types.js';
import type { Token } from '../nlp/tokenizer.js';
import { parseLayout } from '../parse/layout.js';
import { toIso } from '../parse/dates.js';
import { countryByIso3, findPersonBySurface } from '../lexicon/index.js';
import { findLexiconMentions } from './gazetteer.js';
import { findCountryCompounds, findPatternMentions } from './patterns.js';
import { findPersonMentions, type PersonMention } from './persons.js';
import { inside, overlaps, type RawMention } from './mention.js';
import { frameMeeting } from './meeting.js';
import { agendaMeetings, buildMeeting } from './build-meetings.js';
import { extractStatements } from './statements.js';
import { clusterPeople, resolveTitleOnly, type PersonCluster } from '../resolve/people.js';
import { EntityTable } from '../resolve/entities.js';
import { speakerResolver } from './speakers.js';

export interface ExtractedParts {
  title: string;
  headerDate: string | null;
  meetings: Meeting[];
  entities: Entity[];
  topics: Topic[];
  statements: Statement[];
}

function isoOf(date: { year: number | null; month: number | null; day: number } | null): string | null {
  return date && date.year && date.month ? toIso(date.year, date.month, date.day) : null;
}

/** A kanji "name" made only of ordinary dictionary words (冒頭, 結果) is not a name. */
function isCommonWords(tokens: Token[], m: PersonMention): boolean {
  if (!m.nameSpan || /[\u30A1-\u30FA]/u.test(m.name)) return false;
  // 岩屋 is also a dictionary word (a cave); the lexicon knows it as a surname.
  if (findPersonBySurface(m.name).length > 0) return false;
  const covering = tokens.filter((t) => t.start < m.nameSpan!.end && m.nameSpan!.start < t.end);
  return covering.length > 0 && covering.every((t) => t.known && t.pos1 !== '固有名詞' && t.surface.length >= 2);
}

/**
 * A visit named after its visitor (李克強・中国国務院総理の訪日, 李総理の訪日) is one event per visitor and
 * destination, whatever form of the visitor's name the text uses.
 */
function visitOfPerson(m: RawMention, persons: PersonMention[], clusterOf: Map<PersonMention, PersonCluster>): RawMention {
  const visit = /の(?:公式|年内)?(訪(?:露|ロ|日|中|米|韓|朝|印|英|仏|独|豪)|来日)$/u.exec(m.text);
  if (m.type !== 'Event' || !visit) return m;
  const visitor = persons.find((p) => p.start >= m.start && p.end <= m.start + (visit.index ?? 0) && clusterOf.has(p));
  const cluster = visitor ? clusterOf.get(visitor) : undefined;
  if (!cluster) return m;
  const verb = (visit[1] ?? '').replace('訪ロ', '訪露').replace('来日', '訪日');
  return { ...m, id: `event:${cluster.name}の${verb}`, name: m.text };
}

/** Known people written without a title become person mentions too (故安倍晋三国葬儀). */
function untitledKnownPeople(lexicon: RawMention[], persons: PersonMention[]): PersonMention[] {
  return lexicon
    .filter((m) => m.type === 'Person' && !persons.some((p) => overlaps(p, m)))
    .map((m) => ({ start: m.start, end: m.end, name: m.text, nameSpan: { start: m.start, end: m.end }, title: null, country: m.country, countrySpan: null, anaphoric: false }));
}

function keepRaw(m: RawMention, persons: PersonMention[]): boolean {
  if (m.type === 'Person') return false;
  // Titles are never entities: drop what sits inside a title (国務院 in 国務院総理), keep a person's country.
  // A name that merely contains the person (モディ首相の訪日) is kept.
  return !persons.some((p) => p.title && overlaps(p.title, m) && inside(m, p) && !(p.countrySpan && inside(m, p.countrySpan)));
}

export function extractParts(text: string, tokens: Token[], docId: string): ExtractedParts {
  const layout = parseLayout(text);
  const lexicon = findLexiconMentions(text);
  let persons = findPersonMentions(text).filter((m) => !isCommonWords(tokens, m));
  persons = [...persons, ...untitledKnownPeople(lexicon, persons)].sort((a, b) => a.start - b.start);
  const raw = [...lexicon, ...findPatternMentions(text), ...findCountryCompounds(text)].filter((m) => keepRaw(m, persons));

  const frame = layout.lead ? frameMeeting(text, layout.title, layout.lead, layout.headerDate, persons) : null;
  const clusters = clusterPeople(persons, frame?.date ?? isoOf(layout.headerDate));
  const clusterOf = new Map<PersonMention, PersonCluster>();
  for (const c of clusters) for (const m of c.mentions) clusterOf.set(m, c);

  const table = new EntityTable();
  for (const m of raw) table.addRaw(visitOfPerson(m, persons, clusterOf));
  table.mergeTails();
  const principalIds = (frame?.principals ?? []).map((m) => clusterOf.get(m)?.id).filter((x): x is string => !!x);
  for (const m of persons) {
    if (clusterOf.has(m)) continue;
    const c = resolveTitleOnly(m, clusters, principalIds, frame?.date ?? null);
    if (c) {
      clusterOf.set(m, c);
      c.mentions.push(m);
    }
  }
  if (frame) for (const m of frame.principals) if (clusterOf.get(m) && !principalIds.includes(clusterOf.get(m)!.id)) principalIds.push(clusterOf.get(m)!.id);
  for (const c of clusters) {
    table.add(c.id, 'Person', c.name, c.country, null);
    for (const n of c.names) table.add(c.id, 'Person', c.name, c.country, null, n);
    for (const m of c.mentions) table.add(c.id, 'Person', c.name, c.country, { text: text.slice(m.start, m.end), start: m.start, end: m.end }, undefined, m.name !== '');
    // The country written inside a name+title (フラトコフロシア首相) is a mention of that country.
    for (const m of c.mentions) {
      if (m.countrySpan && m.country) table.add(m.country, 'Country', countryByIso3(m.country)?.name ?? m.country, m.country, { text: text.slice(m.countrySpan.start, m.countrySpan.end), start: m.countrySpan.start, end: m.countrySpan.end });
    }
  }

  const first = frame ? buildMeeting(docId, frame, clusterOf, table, text, layout.title, isoOf(layout.headerDate)) : null;
  const meetings = first && frame ? [first, ...agendaMeetings(docId, text, frame, first, persons, clusterOf, layout.headerDate)] : [];
  // A trip report's summary meeting is replaced by the talks it lists.
  if (meetings.length > 1) meetings.shift();
  const participants = meetings[0]?.participants ?? [];
  const groupsIn = (span: { start: number; end: number }) =>
    table.list().filter((e) => (e.type === 'Organization' || e.type === 'Country') && e.mentions.some((m) => m.start >= span.start && m.end <= span.end)).map((e) => e.id);
  const resolver = speakerResolver(text, persons, clusterOf, participants, groupsIn);
  const drafts = extractStatements(text, layout.paragraphs, resolver, participants.filter((p) => p.role === 'principal').map((p) => p.entity));
  const entities = table.list();
  const statements: Statement[] = drafts.map((d, i) => ({
    id: `${docId}:s${i + 1}`, meeting: meetings[0]?.id ?? null, topic: d.topic, paragraph: d.paragraph, order: i + 1,
    speakers: d.speakers, respondsTo: d.respondsTo === null ? null : `${docId}:s${d.respondsTo + 1}`, act: d.act,
    text: text.slice(d.start, d.end), start: d.start, end: d.end,
    mentions: entities.filter((e) => e.mentions.some((m) => m.start >= d.start && m.end <= d.end)).map((e) => e.id),
  }));
  const topics: Topic[] = layout.sections.map((s) => ({
    number: s.number, heading: s.heading,
    issues: entities.filter((e) => ['Issue', 'Event', 'Agreement'].includes(e.type) && e.mentions.some((m) => m.start >= s.start && m.end <= s.start + s.heading.length + 4)).map((e) => e.id),
  }));
  const headerDate = isoOf(layout.headerDate);
  return { title: layout.title, headerDate, meetings, entities, topics, statements };
}
