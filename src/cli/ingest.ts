// Placeholder: the `ingest` command is being written; it registers itself here.
import type { Command } from 'commander';
import type { ExitHolder } from './main.js';

export function registerIngest(program: Command, exit: ExitHolder): void {
  program.command('ingest').description('(not yet implemented)').action(() => {
    console.error('diplograph ingest: not implemented yet');
    exit.code = 1;
  });
}
