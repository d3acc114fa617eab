// Tally of an ingest run and its final report: counts by outcome, rejected inputs with their reasons,
// documents and statements per second, and what the pages' extraction could not establish.
import { NO_FINDINGS, type PageFindings } from './findings.js';
import type { ItemOutcome, ItemStatus } from './types.js';

/** Sources shown per finding in the report; the counts are always whole. */
const EXAMPLES_PER_FINDING = 3;

export interface IngestSummary {
  created: number;
  unchanged: number;
  replaced: number;
  duplicate: number;
  rejected: Array<{ source: string; code: string; reason: string }>;
  /** Inputs handled, whatever became of them. */
  processed: number;
  /** Statements written (created and replaced documents). */
  statements: number;
  seconds: number;
  /** Of `seconds`: time spent in write calls, and time the writer waited for extraction. */
  writeSeconds: number;
  waitSeconds: number;
  dryRun: boolean;
  /** Totals over the pages read, with a few sources of each kind to look at. */
  findings: PageFindings;
  findingExamples: Record<keyof PageFindings, string[]>;
}

export class IngestTally {
  private readonly started = performance.now();
  private readonly counts: Record<Exclude<ItemStatus, 'rejected'>, number> = { created: 0, unchanged: 0, replaced: 0, duplicate: 0 };
  private readonly rejected: IngestSummary['rejected'] = [];
  private statements = 0;
  processed = 0;
  writeSeconds = 0;
  waitSeconds = 0;

  constructor(private readonly dryRun = false) {}

  private readonly findings: PageFindings = { ...NO_FINDINGS };
  private readonly findingExamples: IngestSummary['findingExamples'] = { statementsWithoutMeeting: [], undatedMeetings: [], meetingsWithoutForeignSide: [], principalsWithoutCountry: [] };

  add(outcome: ItemOutcome): void {
    this.processed++;
    if (outcome.status === 'rejected') {
      this.rejected.push({ source: outcome.source, code: outcome.code ?? 'UNKNOWN', reason: outcome.reason ?? 'rejected' });
      return;
    }
    this.counts[outcome.status]++;
    this.statements += outcome.statements;
    for (const key of Object.keys(this.findings) as Array<keyof PageFindings>) {
      const n = outcome.findings?.[key] ?? 0;
      this.findings[key] += n;
      if (n > 0 && this.findingExamples[key].length < EXAMPLES_PER_FINDING) this.findingExamples[key].push(outcome.source);
    }
  }

  get rejectedCount(): number {
    return this.rejected.length;
  }

  elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  summary(): IngestSummary {
    return { ...this.counts, rejected: [...this.rejected], processed: this.processed, statements: this.statements, seconds: this.elapsedSeconds(),
      writeSeconds: this.writeSeconds, waitSeconds: this.waitSeconds, dryRun: this.dryRun,
      findings: { ...this.findings }, findingExamples: structuredClone(this.findingExamples) };
  }
}

const rate = (n: number, seconds: number) => (seconds > 0 ? n / seconds : 0).toFixed(1);

/**
 * The final report, one line each: totals, then every rejected input with its reason. `timings`
 * (ingest --verbose) adds where the loop's time went: writing, and the writer waiting for extraction.
 */
export function formatSummary(s: IngestSummary, { timings = false }: { timings?: boolean } = {}): string[] {
  const verb = s.dryRun ? 'would be' : '';
  const lines = [
    `${s.dryRun ? 'dry run: ' : ''}${s.processed} inputs in ${s.seconds.toFixed(1)} s (${rate(s.processed, s.seconds)} documents/s, ${rate(s.statements, s.seconds)} statements/s)`,
    `  ${verb ? 'would be ' : ''}ingested ${s.created}, unchanged ${s.unchanged}, replaced ${s.replaced}, duplicate ${s.duplicate}, rejected ${s.rejected.length}`,
  ];
  if (timings) {
    lines.push(`  of which ${s.writeSeconds.toFixed(1)} s ${s.dryRun ? 'classifying against the graph' : 'writing'}, ${s.waitSeconds.toFixed(1)} s waiting for reading and extraction`);
  }
  const described: Array<[keyof PageFindings, string]> = [
    ['statementsWithoutMeeting', 'pages with statements but no meeting'],
    ['undatedMeetings', 'meetings without a date'],
    ['meetingsWithoutForeignSide', 'bilateral meetings without a foreign side'],
    ['principalsWithoutCountry', 'principals without a country'],
  ];
  const found = described.filter(([key]) => (s.findings?.[key] ?? 0) > 0);
  if (found.length > 0) {
    lines.push('not established (the graph is thinner there):');
    for (const [key, label] of found) lines.push(`  ${s.findings[key]} ${label}: ${s.findingExamples[key].join(', ')}${s.findings[key] > s.findingExamples[key].length ? ', …' : ''}`);
  }
  if (s.rejected.length > 0) lines.push('rejected:');
  for (const r of s.rejected) lines.push(`  ${r.source}: ${r.reason}`);
  return lines;
}
