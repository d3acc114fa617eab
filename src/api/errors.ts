// Expected API failures as GraphQLErrors with a stable `extensions.code`; anything else thrown in a
// resolver is masked by yoga as INTERNAL_SERVER_ERROR, so a Neo4j message never reaches a client.
import { GraphQLError } from 'graphql';

export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'PAGE_SIZE_EXCEEDED'
  | 'INVALID_CURSOR'
  | 'SEARCH_QUERY_TOO_SHORT'
  | 'MAX_HOPS_EXCEEDED'
  | 'NETWORK_TOO_LARGE'
  | 'NETWORK_TIMEOUT'
  | 'EXTRACTION_TIMEOUT'
  | 'DEPTH_LIMIT_EXCEEDED'
  | 'COST_LIMIT_EXCEEDED'
  | 'ALIAS_LIMIT_EXCEEDED'
  | 'TOKEN_LIMIT_EXCEEDED'
  | 'DIRECTIVE_LIMIT_EXCEEDED'
  | 'INTROSPECTION_DISABLED'
  | 'UNAUTHENTICATED'
  | 'INVALID_TOKEN'
  | 'WRITES_DISABLED'
  | 'INGEST_REJECTED'
  | 'QUERY_TIMEOUT'
  | 'DATABASE_UNAVAILABLE';

const HTTP_STATUS: Partial<Record<ApiErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  INVALID_TOKEN: 403,
  WRITES_DISABLED: 403,
  QUERY_TIMEOUT: 504,
  NETWORK_TIMEOUT: 504,
  EXTRACTION_TIMEOUT: 422,
  DATABASE_UNAVAILABLE: 503,
};

export function apiError(code: ApiErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...details, http: { status: HTTP_STATUS[code] ?? 400 } },
  });
}

/** Neo4j errors carry a string code such as Neo.ClientError.Transaction.TransactionTimedOut. */
function neo4jCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * Turns the database failures a client can act on into coded errors; returns the original error
 * (to be masked) for everything else.
 */
export function translateDatabaseError(error: unknown): unknown {
  const code = neo4jCode(error);
  if (code.includes('TransactionTimedOut') || code.includes('TransactionTimedOutClientConfiguration')) {
    return apiError('QUERY_TIMEOUT', 'The query took longer than the configured Neo4j timeout; narrow it down (filters, smaller page).');
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return apiError('DATABASE_UNAVAILABLE', 'Neo4j is not reachable right now; try again later.');
  }
  return error;
}

/**
 * True for a GraphQLError we (or graphql itself) raised on purpose, however deeply the executor wrapped
 * it. Checked by name, not instanceof: with two copies of graphql loaded (CJS and ESM, as under vitest)
 * instanceof fails and yoga would mask expected errors.
 */
export function isExpectedError(error: unknown): boolean {
  let current = error as { name?: unknown; originalError?: unknown } | null | undefined;
  while (current && typeof current === 'object' && current.name === 'GraphQLError') {
    if (current.originalError === undefined || current.originalError === null) return true;
    current = current.originalError as typeof current;
  }
  return false;
}
