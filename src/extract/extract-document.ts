// Composes the extraction stages for one normalised document text: layout → tokens → mentions →
// people and entities → meeting → statements. Returns the contract's parts.
import type { Entity, Meeting, Participant, Statement, Topic } from '../types.js';
import type { Token } from '../nlp/tokenizer.js';
import { parseLayout } from '../parse/layout.js';
import { completeDate, toIso, type PartialDate } from '../parse/dates.js';
import { findAgenda } from '../parse/agenda.js';
import { kindOf } from '../parse/lead.js';
import { countryByIso3, findPersonBySurface } from '../lexicon/index.js';
import { findLexiconMentions } from './gazetteer.js';
import { findCountryCompounds, findPatternMentions } from './patterns.js';
import { findPersonMentions, type PersonMention } from './persons.js';
import { inside, overlaps, type RawMention } from './mention.js';
import { countriesInMeetingName, dominantPair, frameMeeting } from './meeting.js';
import { impliedPrincipals } from '../resolve/principals.js';
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

/** Heads of international bodies (国連事務総長, 欧州委員長) sit for their organisation, not a country. */
function sideOf(cluster: PersonCluster, title: string | null): string | null {
  return title && /(欧州|国連|事務総長|事務局長|IAEA|WHO|NATO|ASEAN|IMF|世界銀行)/u.test(title) ? null : cluster.country;
}

/** The separate talks a trip report lists after its lead (see parse/agenda.ts). */
function agendaMeetings(
  docId: string, text: string, frame: NonNullable<ReturnType<typeof frameMeeting>>, first: Meeting,
  persons: PersonMention[], clusterOf: Map<PersonMention, PersonCluster>, header: PartialDate | null,
): Meeting[] {
  let end = frame.leadSpan.end;
  for (let i = 0; i < 3 && end < text.length; i++) end = (text.indexOf('\n', end + 1) + 1 || text.length + 1) - 1;
  const items = findAgenda(text, { start: frame.leadSpan.start, end });
  const travellers = first.participants.filter((p) => p.role === 'principal' && p.country === 'JPN');
  return items.map((item, i) => {
    const named = persons.filter((m) => inside(m, item.people) && clusterOf.has(m)).map((m) => clusterOf.get(m)!);
    const counterparts = [...new Map(named.map((c) => [c.id, c])).values()];
    return {
      id: `${docId}:m${i + 1}`, kind: kindOf(item.name) ?? 'summit',
      date: completeDate({ year: null, month: item.month, day: item.day, start: item.start, end: item.end }, header as { year: number; month: number; day: number } | null),
      start: null, end: null, durationMinutes: null, timeNote: null, location: null, occasion: null,
      participants: [
        ...travellers,
        ...counterparts.map((c) => ({ entity: c.id, role: 'principal' as const, title: c.titles[0] ?? null, country: sideOf(c, c.titles[0] ?? null) })),
      ],
    };
  });
}

function buildMeeting(docId: string, frame: NonNullable<ReturnType<typeof frameMeeting>>, clusterOf: Map<PersonMention, PersonCluster>, table: EntityTable, text: string, title: string, headerIso: string | null): Meeting {
  const participants: Participant[] = [];
  const seen = new Set<string>();
  for (const m of frame.principals) {
    const c = clusterOf.get(m);
    if (!c || seen.has(c.id)) continue;
    seen.add(c.id);
    participants.push({ entity: c.id, role: 'principal', title: m.title?.text ?? null, country: sideOf(c, m.title?.text ?? null) });
  }
  if (participants.length < 2) {
    const named = countriesInMeetingName(`${title}\n${text.slice(frame.leadSpan.start, frame.leadSpan.end)}`);
    const countries = named.length > 0 ? named : dominantPair(text);
    for (const p of impliedPrincipals(countries, participants.map((x) => x.country), frame.kind, frame.date ?? headerIso)) {
      table.add(p.id, 'Person', p.name, p.country, null);
      participants.push({ entity: p.id, role: 'principal', title: p.title, country: p.country });
      seen.add(p.id);
    }
  }
  const foreign = participants.find((p) => p.country && p.country !== 'JPN')?.country ?? null;
  for (const { mention, side } of frame.attendees) {
    const c = clusterOf.get(mention);
    if (!c || seen.has(c.id)) continue;
    seen.add(c.id);
    const country = side === 'SELF' ? 'JPN' : side === 'OTHER' ? foreign : side === 'UNKNOWN' ? (c.country ?? foreign) : side;
    c.country ??= country;
    const entity = table.get(c.id);
    if (entity) entity.country ??= country;
    participants.push({ entity: c.id, role: 'delegation', title: mention.title?.text ?? null, country });
  }
  const ref = (span: { start: number; end: number; text: string } | null, type: 'Location' | 'Event') => {
    if (!span) return null;
    const exact = table.idAt(span.start, span.end);
    if (exact) return { id: exact, name: span.text };
    // ベトナム・ハノイ, 中国・成都: the named place inside the phrase is the meeting's place.
    const inner = type === 'Location' ? table.lastInside(span.start, span.end, ['Location', 'Country']) : null;
    if (inner) return { id: inner.id, name: inner.text };
    const id = `${type.toLowerCase()}:${span.text}`;
    table.add(id, type, span.text, null, { text: text.slice(span.start, span.end), start: span.start, end: span.end });
    // The name as written in this document (APEC首脳会合), even when the lexicon's canonical differs.
    return { id, name: span.text };
  };
  return {
    id: `${docId}:m1`, kind: frame.kind, date: frame.date, start: frame.start, end: frame.end,
    durationMinutes: frame.durationMinutes, timeNote: frame.timeNote,
    location: ref(frame.place, 'Location'), occasion: ref(frame.occasion, 'Event'), participants,
  };
}
