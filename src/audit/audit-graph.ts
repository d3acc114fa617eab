// `diplograph audit`: a data-quality report over the graph, read with the statements in cypher/read/audit-*
// and judged by audit-rules.ts. Counts first, then the worst cases with their pages.
import { cypherFile } from '../graph/cypher-files.js';
import { readQuery, type Db } from '../graph/driver.js';
import { likelyDuplicates, meetingProblems, personProblem, type MeetingRow, type PersonRow } from './audit-rules.js';

export interface AuditReport {
  counts: {
    documents: number;
    meetings: number;
    people: number;
    suspiciousPeople: number;
    likelyDuplicates: number;
    undatedMeetings: number;
    meetingsWithoutForeignSide: number;
    meetingsWithPrincipalsWithoutCountry: number;
    statementsWithoutSpeaker: number;
    entitiesWithoutMention: number;
  };
  suspiciousPeople: Array<{ id: string; name: string; problem: string; documents: number; pages: string[] }>;
  likelyDuplicates: Array<Array<{ id: string; name: string; country: string | null; documents: number }>>;
  undatedMeetings: Array<{ id: string; page: string }>;
  meetingsWithoutForeignSide: Array<{ id: string; page: string }>;
  meetingsWithPrincipalsWithoutCountry: Array<{ id: string; page: string }>;
  statementsWithoutSpeaker: Array<{ page: string; statements: number }>;
  entitiesWithoutMention: Array<{ id: string; name: string }>;
}

export interface AuditOptions {
  /** Worst cases listed per section (the counts are always whole). @default 10 */
  limit?: number;
  /** Server-side limit per read, in milliseconds: an audit of a huge graph stops rather than hang. @default 120000 */
  timeoutMs?: number;
}

export async function auditGraph(db: Db, { limit = 10, timeoutMs = 120_000 }: AuditOptions = {}): Promise<AuditReport> {
  const read = <T extends Record<string, unknown>>(name: string, params: Record<string, unknown> = {}) =>
    readQuery<T>(db, cypherFile(`read/${name}`), params, { timeoutMs });
  const [[sizes], people, meetings, unspoken, orphans] = await Promise.all([
    read<{ documents: number; meetings: number; people: number }>('count-stats'),
    read<PersonRow & Record<string, unknown>>('audit-people', { examples: 3 }),
    read<MeetingRow & Record<string, unknown>>('audit-meetings'),
    read<{ page: string; statements: number }>('audit-statements-without-speaker'),
    read<{ id: string; name: string }>('audit-entities-without-mention'),
  ]);
  const suspicious = people.flatMap((p) => {
    const problem = personProblem(p);
    return problem ? [{ id: p.id, name: p.name, problem, documents: p.documents, pages: p.pages }] : [];
  });
  const duplicates = likelyDuplicates(people).map((group) => group.map((p) => ({ id: p.id, name: p.name, country: p.country, documents: p.documents })));
  const problems = meetingProblems(meetings);
  const brief = (rows: MeetingRow[]) => rows.slice(0, limit).map((m) => ({ id: m.id, page: m.page }));
  return {
    counts: {
      documents: sizes?.documents ?? 0,
      meetings: sizes?.meetings ?? 0,
      people: sizes?.people ?? 0,
      suspiciousPeople: suspicious.length,
      likelyDuplicates: duplicates.length,
      undatedMeetings: problems.undated.length,
      meetingsWithoutForeignSide: problems.withoutForeignSide.length,
      meetingsWithPrincipalsWithoutCountry: problems.principalsWithoutCountry.length,
      statementsWithoutSpeaker: unspoken.reduce((sum, r) => sum + r.statements, 0),
      entitiesWithoutMention: orphans.length,
    },
    suspiciousPeople: suspicious.slice(0, limit),
    likelyDuplicates: duplicates.slice(0, limit),
    undatedMeetings: brief(problems.undated),
    meetingsWithoutForeignSide: brief(problems.withoutForeignSide),
    meetingsWithPrincipalsWithoutCountry: brief(problems.principalsWithoutCountry),
    statementsWithoutSpeaker: unspoken.slice(0, limit),
    entitiesWithoutMention: orphans.slice(0, limit),
  };
}

const LABELS: Array<[keyof AuditReport['counts'], string]> = [
  ['suspiciousPeople', 'person ids that are not people or rest on a partial name'],
  ['likelyDuplicates', 'groups of person ids that are likely one person'],
  ['undatedMeetings', 'meetings without a date'],
  ['meetingsWithoutForeignSide', 'bilateral meetings without a foreign side'],
  ['meetingsWithPrincipalsWithoutCountry', 'meetings with a principal without a country'],
  ['statementsWithoutSpeaker', 'statements without a speaker'],
  ['entitiesWithoutMention', 'entities nothing mentions'],
];

/** The report as lines for a terminal: the counts, then each non-empty section's worst cases. */
export function formatAudit(report: AuditReport): string[] {
  const c = report.counts;
  const lines = [`audit: ${c.documents} documents, ${c.meetings} meetings, ${c.people} people`];
  for (const [key, label] of LABELS) lines.push(`  ${String(c[key]).padStart(6)}  ${label}`);
  const section = (title: string, rows: string[]) => {
    if (rows.length > 0) lines.push('', `${title}:`, ...rows.map((r) => `  ${r}`));
  };
  section('not people or partial names (id, name, why, pages)', report.suspiciousPeople.map((p) => `${p.id}  ${p.name}  ${p.problem}, ${p.documents} pages: ${p.pages.join(', ')}`));
  section('likely one person', report.likelyDuplicates.map((g) => g.map((p) => `${p.id} (${p.name}, ${p.country ?? '?'}, ${p.documents} pages)`).join('  ~  ')));
  section('meetings without a date', report.undatedMeetings.map((m) => `${m.page}  ${m.id}`));
  section('bilateral meetings without a foreign side', report.meetingsWithoutForeignSide.map((m) => `${m.page}  ${m.id}`));
  section('meetings with a principal without a country', report.meetingsWithPrincipalsWithoutCountry.map((m) => `${m.page}  ${m.id}`));
  section('pages with statements without a speaker', report.statementsWithoutSpeaker.map((r) => `${r.page}  ${r.statements}`));
  section('entities nothing mentions', report.entitiesWithoutMention.map((e) => `${e.id}  ${e.name}`));
  return lines;
}
