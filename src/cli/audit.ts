// `diplograph audit [--json] [--limit N]`: a data-quality report over the graph, to run after an ingest:
// suspicious person ids, likely duplicates, meetings without a date or a foreign side, principals without a
// country, statements without a speaker, entities nothing mentions. Counts first, then the worst cases.
import { type Command, InvalidArgumentError } from 'commander';
import { auditGraph, formatAudit } from '../audit/audit-graph.js';
import { withGraph } from './lifecycle.js';
import type { ExitHolder } from './main.js';

interface AuditFlags {
  json?: boolean;
  limit: number;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10_000) throw new InvalidArgumentError('an integer from 0 to 10000');
  return n;
}

export function registerAudit(program: Command, exit: ExitHolder): void {
  program
    .command('audit')
    .description('data-quality report over the graph: suspicious or duplicate person ids, meetings without a date or foreign side, statements without a speaker')
    .option('--json', 'print the report as one JSON object')
    .option('--limit <n>', 'worst cases listed per section', parseLimit, 10)
    .action(async (flags: AuditFlags) => {
      const log = (message: string) => console.error(`diplograph: ${message}`);
      // Reading only: no schema change on the user's graph.
      await withGraph({ log, schema: false }, async ({ db }) => {
        const report = await auditGraph(db, { limit: flags.limit });
        if (flags.json) console.log(JSON.stringify(report));
        else for (const line of formatAudit(report)) console.log(line);
        exit.code = 0;
      });
    });
}
