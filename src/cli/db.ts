// Placeholder: the `db` command is being written; it registers itself here.
import type { Command } from 'commander';
import type { ExitHolder } from './main.js';

export function registerDb(program: Command, exit: ExitHolder): void {
  program.command('db').description('(not yet implemented)').action(() => {
    console.error('diplograph db: not implemented yet');
    exit.code = 1;
  });
}
