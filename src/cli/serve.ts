// Placeholder: the `serve` command is being written; it registers itself here.
import type { Command } from 'commander';
import type { ExitHolder } from './main.js';

export function registerServe(program: Command, exit: ExitHolder): void {
  program.command('serve').description('(not yet implemented)').action(() => {
    console.error('diplograph serve: not implemented yet');
    exit.code = 1;
  });
}
