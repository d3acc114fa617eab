// Ports: the one parser for --port flags, the API port checked before the slow steps (Neo4j, ingest) so
// that "port in use" fails in a second, and listen errors turned into one-line messages.
import { InvalidArgumentError } from 'commander';
import { createServer } from 'node:net';
import { parsePort } from '../config.js';
import { DiplographError } from '../errors.js';

/** A commander parser for --port, built on config.ts's parsePort (the one range check). */
export function portOption({ allowZero = false } = {}): (value: string) => number {
  return (value) => {
    try {
      return parsePort(value, '--port', { allowZero });
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message.replace(/^--port must be /, '').replace(/, got .*$/, ''));
    }
  };
}

/** A DiplographError for EADDRINUSE / EADDRNOTAVAIL / EACCES; anything else is returned unchanged. */
export function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') {
    return new DiplographError('CONFIG_INVALID', `port ${port} on ${host} is already in use; choose another with --port (or DIPLOGRAPH_PORT)`);
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new DiplographError('CONFIG_INVALID', `cannot listen on ${host}: no such local address; choose another with --host (or DIPLOGRAPH_HOST)`);
  }
  if (code === 'EACCES') {
    return new DiplographError('CONFIG_INVALID', `not allowed to listen on ${host}:${port}; choose a port above 1023 with --port`);
  }
  return error;
}

/** Throws the listenError when nothing could listen on host:port right now (port 0 is always fine). */
export async function assertCanListen(host: string, port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => reject(listenError(error, host, port)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
