// Placeholder until the extraction pipeline lands.
import type { Command } from 'commander';
import type { ExitHolder } from './main.js';

export function registerExtract(program: Command, exit: ExitHolder): void {
  program.command('extract').description('(not yet implemented)').action(() => {
    exit.code = 1;
  });
}
