// One error class with string codes; only the CLI entry point turns these into exit codes and messages.

export type ErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_UNDECODABLE'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_FETCH_FAILED'
  | 'NOT_A_MEETING_SUMMARY'
  | 'NEO4J_UNAVAILABLE'
  | 'NEO4J_START_FAILED'
  | 'CONFIG_INVALID'
  | 'INTERRUPTED'
  | 'EXTRACTION_TIMEOUT'
  | 'EXTRACTION_FAILED'
  | 'USAGE';

export class DiplographError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DiplographError';
    this.code = code;
  }
}

export function isDiplographError(error: unknown): error is DiplographError {
  return error instanceof DiplographError;
}
