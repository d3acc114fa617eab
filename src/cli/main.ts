// The CLI's composition root: every command lives in its own file and registers itself here.
// Only this file turns errors into exit codes (0 ok, 1 nothing could run, 2 some inputs rejected).
import { Command, CommanderError } from 'commander';
import { isDiplographError } from '../errors.js';
// From signals.ts, not lifecycle.ts: commands that need no graph (extract, help) must not load neo4j-driver.
import { Interrupted } from './signals.js';

/** Exit code a command asks for; commands return it from their action through this holder. */
export interface ExitHolder {
  code: number;
}

type Register = (program: Command, exit: ExitHolder) => void;

/**
 * Each command's module, loaded only when that command runs (help loads them all, in this order): a
 * command's start-up then pays only for its own imports (`ingest` does not load the API or the export
 * code), which is most of a short run's time.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  extract: async () => (await import('./extract.js')).registerExtract,
  ingest: async () => (await import('./ingest.js')).registerIngest,
  serve: async () => (await import('./serve.js')).registerServe,
  db: async () => (await import('./db.js')).registerDb,
  start: async () => (await import('./start.js')).registerStart,
  audit: async () => (await import('./audit.js')).registerAudit,
  export: async () => (await import('./export.js')).registerExport,
};

export async function runMain(argv: string[]): Promise<number> {
  const exit: ExitHolder = { code: 0 };
  const program = new Command('diplograph')
    .description('Knowledge graph of Japanese diplomatic meeting summaries (会談概要)')
    .exitOverride()
    .showHelpAfterError();
  const named = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? [argv[0]] : Object.keys(COMMANDS);
  try {
    for (const name of named) (await COMMANDS[name]!())(program, exit);
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
