// Serving the API over HTTP with node:http; `close` stops accepting and waits for open requests.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { allowedHostsOf } from '../config.js';
import { withExplorer } from './explorer-files.js';
import { createReader } from './read.js';
import { createApi, type CreateApiOptions } from './server.js';
import { warmUpQueryPlans } from './warm-up.js';

export interface StartServerOptions extends CreateApiOptions {
  /** Plan every read statement in Neo4j before answering (see warm-up.ts). @default true */
  warmUp?: boolean;
  /** @default config.api.host */
  host?: string;
  /** 0 picks a free port. @default config.api.port */
  port?: number;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  close(): Promise<void>;
}

export async function startServer({ host, port, warmUp = true, ...apiOptions }: StartServerOptions): Promise<RunningServer> {
  if (warmUp) await warmUpQueryPlans(createReader(apiOptions.db, 600_000));
  const yoga = createApi(apiOptions);
  // The explorer page at / (explorer-files.ts), for the Host names the API answers; GraphQL at yoga.graphqlEndpoint.
  const server = createServer(withExplorer(yoga, { allowedHosts: allowedHostsOf(apiOptions.config.api) }));
  const bindHost = host ?? apiOptions.config.api.host;
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port ?? apiOptions.config.api.port, bindHost, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const { port: boundPort } = server.address() as AddressInfo;
  const shownHost = bindHost.includes(':') ? `[${bindHost}]` : bindHost;
  return {
    url: `http://${shownHost}:${boundPort}${yoga.graphqlEndpoint}`,
    close: async () => {
      await new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeIdleConnections();
      });
      // Worker threads (network metrics) end with the server.
      await yoga.dispose();
    },
  };
}
