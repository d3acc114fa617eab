// The explorer page (explorer/, bundled into dist/explorer/ by `npm run build`) served next to the API:
// GET / and /explorer/* are files, everything else goes to the GraphQL handler. Same origin as /graphql,
// so the page needs no CORS; a strict Content-Security-Policy keeps it to its own files and the API.
// The files answer the Host names the API answers (DIPLOGRAPH_ALLOWED_HOSTS), and no others.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostRefusal, isHostAllowed } from './http-guards.js';

/** dist/explorer, from src/api (tests) or dist/api (built) alike: both sit two levels below the root. */
export const EXPLORER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'explorer');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};

// The ForceAtlas2 layout runs in a worker made from a blob: URL; PNG export draws canvases to a data: URL.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The file a path names inside the explorer folder, or null for paths that are not the page's. */
export function explorerFile(pathname: string, dir = EXPLORER_DIR): string | null {
  if (pathname === '/' || pathname === '/index.html') return resolve(dir, 'index.html');
  if (!pathname.startsWith('/explorer/')) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice('/explorer/'.length));
  } catch {
    return null;
  }
  const file = resolve(dir, relative);
  // `..` or an absolute path must not leave the folder.
  return file.startsWith(dir + sep) ? file : null;
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean): void {
  response.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // The bundle's name does not change with its content: ask the browser to revalidate.
    'cache-control': 'no-cache',
  });
  response.end(head ? undefined : body);
}

async function serveFile(file: string, response: ServerResponse, head: boolean): Promise<void> {
  try {
    send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file), head);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR';
    if (missing && file.endsWith(`${sep}index.html`)) {
      send(response, 503, 'text/plain; charset=utf-8', 'The explorer page is not built: run `npm run build` (it bundles explorer/ into dist/explorer/).\n', head);
    } else if (missing) {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found\n', head);
    } else {
      send(response, 500, 'text/plain; charset=utf-8', 'Could not read the file\n', head);
    }
  }
}

async function sendRefusal(response: ServerResponse, refusal: Response): Promise<void> {
  response.writeHead(refusal.status, Object.fromEntries(refusal.headers));
  response.end(await refusal.text());
}

/** The request's URL as the API sees it (Host header included), or null when the Host cannot be read. */
function requestUrl(request: IncomingMessage): URL | null {
  try {
    return new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
  } catch {
    return null;
  }
}

export interface ExplorerOptions {
  /** Folder of the built page. @default EXPLORER_DIR */
  dir?: string;
  /** Host names answered, as for the API (http-guards.ts); null answers any. @default null */
  allowedHosts?: string[] | null;
}

/** Wraps the API's request listener: the explorer's files first, the API for everything else. */
export function withExplorer(api: RequestListener, { dir = EXPLORER_DIR, allowedHosts = null }: ExplorerOptions = {}): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    const method = request.method ?? 'GET';
    const url = requestUrl(request);
    const file = url && (method === 'GET' || method === 'HEAD') ? explorerFile(url.pathname, dir) : null;
    if (file === null || url === null) {
      api(request, response);
      return;
    }
    // A page that rebinds its domain name to this server gets the API's refusal, not the explorer.
    if (!isHostAllowed(allowedHosts, url.hostname)) {
      void sendRefusal(response, hostRefusal(url.hostname));
      return;
    }
    void serveFile(file, response, method === 'HEAD');
  };
}
