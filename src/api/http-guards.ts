// What the API checks about a request before any GraphQL: the Host it names (DNS rebinding), the Origin
// that may read the answer (CORS), the size and shape of the body, and a readiness endpoint. Every
// refusal is a GraphQL-style JSON error with a code and the HTTP status that says whose fault it is.
import type { Plugin } from 'graphql-yoga';
import { createGraphQLError } from 'graphql-yoga';

type CorsFactory = (request: Request) => false | { origin: string[]; credentials: false; methods: string[]; allowedHeaders: string[]; maxAge: number };

/**
 * yoga's `cors` option: no CORS headers at all unless the request's Origin is listed. (yoga's default
 * reflects every Origin with credentials; an empty `origin` list would mean "any" there too.)
 * GraphiQL and the explorer are served from the API's own origin and need no CORS.
 */
export function corsFor(allowed: string[]): CorsFactory {
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.includes(origin)) return false;
    // Tokens travel in the Authorization header, never in cookies: no credentials mode needed.
    return { origin: [origin], credentials: false, methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'authorization', 'x-graphql-yoga-csrf'], maxAge: 600 };
  };
}

function refusal(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** "localhost:4000" → "localhost", "[::1]:4000" → "[::1]". */
function hostName(request: Request): string {
  return new URL(request.url).hostname.toLowerCase();
}

/** Whether a request naming host `hostname` ("localhost", "[::1]") is answered: one of `allowed`, or any when null. */
export function isHostAllowed(allowed: string[] | null, hostname: string): boolean {
  if (allowed === null) return true;
  const host = hostname.toLowerCase();
  return allowed.includes(host) || allowed.includes(host.replace(/^\[|\]$/g, ''));
}

/** The answer to a request for another host: 403 HOST_NOT_ALLOWED (the API's and the explorer's files alike). */
export function hostRefusal(hostname: string): Response {
  const host = hostname.toLowerCase();
  return refusal(403, 'HOST_NOT_ALLOWED', `This server does not answer for host ${host}; set DIPLOGRAPH_ALLOWED_HOSTS to allow it.`);
}

/**
 * Answers only requests whose Host is one of `allowed` (null: any). A web page that rebinds its own
 * domain name to 127.0.0.1 sends its own name as Host, so it is refused (403 HOST_NOT_ALLOWED).
 */
export function useHostCheck(allowed: string[] | null): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const host = hostName(request);
      if (!isHostAllowed(allowed, host)) endResponse(hostRefusal(host));
    },
  };
}

/** Deepest nesting of arrays and objects in the variables; deeper is refused before GraphQL coerces it. */
export const MAX_VARIABLES_DEPTH = 32;

function tooLarge(maxBytes: number): Response {
  return refusal(413, 'REQUEST_TOO_LARGE', `The request body is larger than this server's limit of ${maxBytes} bytes (DIPLOGRAPH_MAX_BODY_BYTES).`, { maxBytes });
}

/** The body as text, read chunk by chunk and abandoned as soon as it passes maxBytes (null then). */
async function readWithin(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Iterative, so that a hostile nesting cannot overflow the stack while it is measured. */
function depthExceeds(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current as object)) stack.push([child, depth + 1]);
  }
  return false;
}

const badRequest = (code: string, message: string) => createGraphQLError(message, { extensions: { code, http: { status: 400 } } });

function isJson(request: Request): boolean {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type === 'application/graphql+json';
}

/**
 * The project's own body limit: a Content-Length above maxBytes is refused at once (413
 * REQUEST_TOO_LARGE); a body without one is read only up to maxBytes. POST bodies must be JSON
 * (415 otherwise) and their variables no deeper than MAX_VARIABLES_DEPTH.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const declared = Number(request.headers.get('content-length') ?? 'NaN');
      if (Number.isFinite(declared) && declared > maxBytes) endResponse(tooLarge(maxBytes));
    },
    onRequestParse({ request, setRequestParser }) {
      if (request.method !== 'POST') return;
      if (!isJson(request)) {
        throw createGraphQLError('Send GraphQL requests as JSON (Content-Type: application/json).', {
          extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } },
        });
      }
      setRequestParser(async (incoming) => {
        const text = await readWithin(incoming, maxBytes);
        if (text === null) {
          throw createGraphQLError(`The request body is larger than this server's limit of ${maxBytes} bytes (DIPLOGRAPH_MAX_BODY_BYTES).`, {
            extensions: { code: 'REQUEST_TOO_LARGE', maxBytes, http: { status: 413 } },
          });
        }
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          throw badRequest('BAD_REQUEST', 'POST body sent invalid JSON.');
        }
        if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest('BAD_REQUEST', 'POST body is expected to be a JSON object.');
        if (depthExceeds((body as { variables?: unknown }).variables, MAX_VARIABLES_DEPTH)) {
          throw badRequest('VARIABLES_TOO_DEEP', `Variables may be nested at most ${MAX_VARIABLES_DEPTH} levels deep.`);
        }
        return body as Record<string, unknown>;
      });
    },
  };
}

/** GET /readiness: 200 when Neo4j answers `check` within its timeout, 503 otherwise (for supervisors). */
export function readinessCheck(check: () => Promise<unknown>, timeoutMs = 2000) {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('Neo4j did not answer in time')), timeoutMs)));
    try {
      await Promise.race([check(), timeout]);
      return new Response(JSON.stringify({ ready: true }), { status: 200, headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response(JSON.stringify({ ready: false, reason: 'Neo4j is not reachable' }), { status: 503, headers: { 'content-type': 'application/json' } });
    } finally {
      clearTimeout(timer);
    }
  };
}
