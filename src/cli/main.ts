// The CLI's composition root: every command lives in its own file and registers itself here.
// Only this file turns errors into exit codes (0 ok, 1 nothing could run, 2 some inputs rejected).
import { Command, CommanderError } from 'commander';
import { isDiplographError } from '../errors.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerServe } from './serve.js';
import { registerDb } from './db.js';
import { registerExport } from './export.js';
import { registerStart } from './start.js';
import { registerAudit } from './audit.js';
import { Interrupted } from './lifecycle.js';

/** Exit code a command asks for; commands return it from their action through this holder. */
export interface ExitHolder {
  code: number;
}

export async function runMain(argv: string[]): Promise<number> {
  const exit: ExitHolder = { code: 0 };
  const program = new Command('diplograph')
    .description('Knowledge graph of Japanese diplomatic meeting summaries (会談概要)')
    .exitOverride()
    .showHelpAfterError();
  registerExtract(program, exit);
  registerIngest(program, exit);
  registerServe(program, exit);
  registerDb(program, exit);
  registerStart(program, exit);
  registerAudit(program, exit);
  registerExport(program, exit);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    if (error instanceof Interrupted) {
      console.error(`diplograph: ${error.message}; what was written before stays, run the same command again to finish`);
      return error.exitCode;
    }
    if (isDiplographError(error)) {
      console.error(`diplograph: ${error.message}`);
      return 1;
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}
