// Ctrl-C for a long-running command: the first SIGINT/SIGTERM/SIGHUP asks for a clean stop (the command
// closes what it opened, in order); a second one exits at once, for a shutdown that hangs.
import { DiplographError } from '../errors.js';

export interface StopRequest {
  /** Resolves with the signal's name when the first signal arrives. */
  readonly requested: Promise<NodeJS.Signals>;
  isRequested(): boolean;
  /** Removes the handlers; call it once the clean stop is done. */
  dispose(): void;
}

export interface StopRequestOptions {
  /** Told about the first signal. @default no output */
  onFirst?: (signal: NodeJS.Signals) => void;
  /** Told about the second signal, just before the process exits. @default no output */
  onForce?: (signal: NodeJS.Signals) => void;
  /** Exit code of a forced stop (128 + SIGINT, as shells report it). @default 130 */
  forceExitCode?: number;
}

/** Thrown when a signal cut the work short; the CLI's entry point exits with `exitCode`. */
export class Interrupted extends DiplographError {
  readonly exitCode: number;

  constructor(readonly signal: NodeJS.Signals) {
    super('INTERRUPTED', `stopped by ${signal}`);
    this.exitCode = signalExitCode(signal);
  }
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The exit code a shell reports for a process ended by this signal (128 + its number). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return signal === 'SIGHUP' ? 129 : signal === 'SIGTERM' ? 143 : 130;
}

export function listenForStop({ onFirst, onForce, forceExitCode = 130 }: StopRequestOptions = {}): StopRequest {
  let first: NodeJS.Signals | null = null;
  let resolveRequested: (signal: NodeJS.Signals) => void = () => {};
  const requested = new Promise<NodeJS.Signals>((resolve) => (resolveRequested = resolve));
  const handler = (signal: NodeJS.Signals) => {
    if (first === null) {
      first = signal;
      onFirst?.(signal);
      resolveRequested(signal);
      return;
    }
    onForce?.(signal);
    process.exit(forceExitCode);
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return {
    requested,
    isRequested: () => first !== null,
    dispose: () => {
      for (const signal of SIGNALS) process.off(signal, handler);
    },
  };
}
