// `diplograph extract [--json] FILE...`: one result per input, in input order (read as ingest reads). With --json, one
// contract JSON object per line (what the scorer reads); without, a short human summary.
import type { Command } from 'commander';
import { extractInput } from '../pipeline.js';
import { readInput } from '../read/index.js';
import type { ExtractionResult } from '../types.js';
import type { ExitHolder } from './main.js';

function summary(result: ExtractionResult): string {
  const m = result.meetings[0];
  const people = result.entities.filter((e) => e.type === 'Person').length;
  const head = m ? `${m.date ?? '????-??-??'} ${m.kind} ${m.participants.length} participants` : 'no meeting found';
  return `${result.document.source}: ${head}, ${result.entities.length} entities (${people} people), ` +
    `${result.topics.length} topics, ${result.statements.length} statements`;
}

export function registerExtract(program: Command, exit: ExitHolder): void {
  program
    .command('extract')
    .description('extract meetings, entities and statements from meeting summaries (text or HTML, any Japanese encoding)')
    .argument('<files...>', 'files to read')
    .option('--json', 'print one contract JSON object per line')
    .action(async (files: string[], options: { json?: boolean }) => {
      for (const file of files) {
        try {
          // The same reading as ingest: encoding detected, HTML reduced to its body lines.
          const raw = await readInput({ kind: 'file', source: file, path: file });
          const result = await extractInput(raw);
          process.stdout.write(`${options.json ? JSON.stringify(result) : summary(result)}\n`);
        } catch (error) {
          // One bad file does not stop the others; with --json the line stays a JSON object.
          const reason = error instanceof Error ? error.message : String(error);
          console.error(`diplograph extract: ${file}: ${reason}`);
          if (options.json) process.stdout.write(`${JSON.stringify({ error: reason, source: file })}\n`);
          exit.code = 2;
        }
      }
    });
}
