// `diplograph ingest PATH... [--dry-run] [--batch-size N]`: extract each input and write it into Neo4j
// (NEO4J_URI, or the embedded server, started for the run when none runs). One line per input, then a
// summary. Exit code: 0 all went in, 2 some inputs were rejected, 1 nothing could run.
import { type Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.js';
import { DiplographError } from '../errors.js';
import { connect } from '../graph/driver.js';
import { ensureNeo4j } from '../graph/embedded.js';
import { applySchema } from '../graph/schema.js';
import { ingestPaths } from '../ingest/ingest-paths.js';
import { formatSummary } from '../ingest/summary.js';
import type { ExitHolder } from './main.js';

interface IngestFlags {
  dryRun?: boolean;
  batchSize?: number;
}

function parseBatchSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('the batch size is a positive integer');
  return n;
}

async function runIngestCommand(paths: string[], flags: IngestFlags, exit: ExitHolder): Promise<void> {
  const config = loadConfig();
  const neo4j = await ensureNeo4j(config, { onProgress: (message) => console.error(`diplograph: ${message}`) });
  try {
    const db = await connect({ ...config.neo4j, uri: neo4j.uri });
    try {
      // A dry run writes nothing, not even the schema.
      if (!flags.dryRun) await applySchema(db);
      const summary = await ingestPaths(db, paths, {
        dryRun: flags.dryRun ?? false,
        batchSize: flags.batchSize ?? 500,
        onLine: (line) => console.log(line),
      });
      for (const line of formatSummary(summary)) console.log(line);
      if (summary.processed === 0) throw new DiplographError('USAGE', `no .txt or .html input found in ${paths.join(' ')}`);
      exit.code = summary.rejected.length > 0 ? 2 : 0;
    } finally {
      await db.close();
    }
  } finally {
    await neo4j.stop();
  }
}

export function registerIngest(program: Command, exit: ExitHolder): void {
  program
    .command('ingest')
    .description('extract meeting summaries and write them into Neo4j (files, folders: .txt/.html recursively)')
    .argument('<paths...>', 'files or folders to ingest')
    .option('--dry-run', 'report what would happen (ingested, unchanged, replaced, duplicate) without writing')
    .option('--batch-size <n>', 'rows per UNWIND statement', parseBatchSize, 500)
    .action((paths: string[], flags: IngestFlags) => runIngestCommand(paths, flags, exit));
}
