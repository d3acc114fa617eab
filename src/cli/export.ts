// `diplograph export KIND [--from DATE] [--to DATE] [--out FILE|-]`: research-grade files from the graph
// (src/export/, columns in docs/codebook.md). The file is written whole or not at all; stdout by default.
import { type Command, InvalidArgumentError } from 'commander';
import { readQuery } from '../graph/driver.js';
import { cypherFile } from '../graph/cypher-files.js';
import { parseDateRange } from '../export/date-range.js';
import type { NetworkLevel } from '../export/network.js';
import { checkExportFormat, EXPORT_KINDS, type ExportOptions, parseExportKind, runExport } from '../export/run-export.js';
import { DYAD_FORMATS } from '../export/run-dyads.js';
import { NETWORK_FORMATS } from '../export/run-network.js';
import { withGraph } from './lifecycle.js';
import type { ExitHolder } from './main.js';

interface ExportFlags {
  from?: string;
  to?: string;
  out: string;
  undirected?: boolean;
  level: NetworkLevel;
  format?: string;
  pageSize: number;
}

const oneOf = <T extends string>(values: readonly T[]) => (value: string): T => {
  if ((values as readonly string[]).includes(value)) return value as T;
  throw new InvalidArgumentError(`one of ${values.join(', ')}`);
};

const positiveInteger = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a positive integer');
  return n;
};

async function runExportCommand(kindName: string, flags: ExportFlags): Promise<void> {
  const log = (message: string) => console.error(`diplograph: ${message}`);
  // Bad arguments are refused before Neo4j is started.
  const kind = parseExportKind(kindName);
  const range = parseDateRange(flags.from, flags.to);
  checkExportFormat(kind, flags.format);
  await withGraph({ log, schema: false }, async ({ db, defer }) => {
    const started = performance.now();
    const aborter = new AbortController();
    const running = runExport(db, kind, {
      range, out: flags.out, undirected: flags.undirected, level: flags.level, pageSize: flags.pageSize, progress: true, log,
      signal: aborter.signal, ...(flags.format ? { format: flags.format as ExportOptions['format'] } : {}),
    });
    // On Ctrl-C withGraph closes what it opened, this first: the export is stopped and its .partial
    // file removed before the database closes and the process exits.
    defer(async () => {
      aborter.abort(new Error('export stopped'));
      await running.catch(() => {});
    });
    const summary = await running;
    const [undated] = await readQuery<{ count: number }>(db, cypherFile('read/count-undated-meetings'));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const where = flags.out === '-' ? 'stdout' : flags.out;
    const from = summary.meetings > 0 ? ` from ${summary.meetings} meetings` : '';
    log(`export ${kind}: ${summary.rows} rows${from} to ${where} in ${seconds}s` +
      (undated?.count ? ` (${undated.count} meetings without a date left out)` : ''));
  });
}

export function registerExport(program: Command, _exit: ExitHolder): void {
  program
    .command('export')
    .description(`research-grade files from the graph: ${EXPORT_KINDS.join(', ')} (columns explained in docs/codebook.md)`)
    .argument('<kind>', EXPORT_KINDS.join(' | '))
    .option('--from <date>', 'first day, as YYYY, YYYY-MM or YYYY-MM-DD (inclusive)')
    .option('--to <date>', 'last day, as YYYY, YYYY-MM or YYYY-MM-DD (inclusive)')
    .option('--out <file>', 'file to write (written whole or not at all), - for stdout', '-')
    .option('--undirected', 'dyads: one row per pair of countries instead of one per ordered pair')
    .option('--level <level>', 'network: country or person', oneOf(['country', 'person'] as const), 'country')
    .option('--format <format>', `dyads: ${DYAD_FORMATS.join(', ')} (default csv); network: ${NETWORK_FORMATS.join(', ')} ` +
      '(default gexf; gephi writes FILE.nodes.csv and FILE.edges.csv)', oneOf([...DYAD_FORMATS, ...NETWORK_FORMATS]))
    .option('--page-size <n>', 'rows read from Neo4j per query', positiveInteger, 500)
    .action((kind: string, flags: ExportFlags) => runExportCommand(kind, flags));
}
