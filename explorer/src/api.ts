// The page's only way to the data: POST /graphql on the same origin. Failures become ApiErrors of three
// kinds the page words differently: the server is down, the server refused the query (a coded GraphQL
// error such as SEARCH_QUERY_TOO_SHORT or COST_LIMIT_EXCEEDED), or it wants a bearer token.

export type FailureKind = 'down' | 'refused' | 'token';

export class ApiError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly code = '',
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const TOKEN_KEY = 'diplograph.token';
const TOKEN_CODES = new Set(['UNAUTHENTICATED', 'INVALID_TOKEN']);

export function storedToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** Kept for the tab's session only: a token should not outlive the browser window. */
export function storeToken(token: string): void {
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage off (private mode): the token is then asked again on reload.
  }
}

async function post<T>(endpoint: string, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse<T> & { status: number }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = storedToken();
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new ApiError('down', 'no answer');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    // A proxy's error page, or nothing: the API itself is not answering.
    throw new ApiError('down', `HTTP ${response.status}`);
  }
  return { ...body, status: response.status };
}

/** Runs one query; resolves with its data or rejects with an ApiError. */
export async function request<T>(query: string, variables: Record<string, unknown> = {}, endpoint = '/graphql'): Promise<T> {
  const body = await post<T>(endpoint, query, variables);
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? '';
    if (TOKEN_CODES.has(code) || body.status === 401) throw new ApiError('token', first.message, code);
    if (code === 'DATABASE_UNAVAILABLE') throw new ApiError('down', first.message, code);
    throw new ApiError('refused', first.message, code);
  }
  if (body.status === 401) throw new ApiError('token', `HTTP ${body.status}`);
  if (!body.data) throw new ApiError('refused', `HTTP ${body.status} without data`);
  return body.data;
}
