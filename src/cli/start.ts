// Placeholder: the `start` command is being written; it registers itself here.
import type { Command } from 'commander';
import type { ExitHolder } from './main.js';

export function registerStart(program: Command, exit: ExitHolder): void {
  program.command('start').description('(not yet implemented)').action(() => {
    console.error('diplograph start: not implemented yet');
    exit.code = 1;
  });
}
