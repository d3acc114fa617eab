// `diplograph db start|stop|status`: manage the embedded Neo4j (scripts/neo4j) for the folder --home.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { displayUri } from '../graph/driver.js';
import { embeddedStatus, startEmbedded, stopEmbedded } from '../graph/embedded.js';
import { readConfig } from './lifecycle.js';
import { portOption } from './listen.js';
import type { ExitHolder } from './main.js';

interface DbFlags {
  home?: string;
  port?: number;
  heap?: string;
  pageCache?: string;
}

interface DbOptions {
  home: string;
  port: number;
  heap: string;
  pageCache: string;
}

/** Flags win over the environment (read here, at run time, so a bad variable only breaks `db`). */
function resolveOptions(flags: DbFlags): DbOptions {
  const { home, boltPort, heap, pageCache } = readConfig().embedded;
  return {
    home: flags.home ? resolve(flags.home) : home,
    port: flags.port ?? boltPort,
    heap: flags.heap ?? heap,
    pageCache: flags.pageCache ?? pageCache,
  };
}


const log = (message: string) => console.error(`diplograph: ${message}`);

async function start(options: DbOptions, exit: ExitHolder): Promise<void> {
  const { uri } = readConfig().neo4j;
  if (uri) {
    log(`NEO4J_URI is set (${displayUri(uri)}), so diplograph uses that server; nothing to start`);
    return;
  }
  const status = await embeddedStatus(options.home);
  if (status.running) {
    console.log(`already running: ${status.uri} (pid ${status.pid}, data ${status.home})`);
    exit.code = status.answering ? 0 : 1;
    return;
  }
  const started = Date.now();
  const server = await startEmbedded({
    home: options.home,
    boltPort: options.port,
    heap: options.heap,
    pageCache: options.pageCache,
    detached: true,
    onProgress: log,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Neo4j ready in ${seconds}s: ${server.uri} (pid ${server.pid}, data ${server.home}, log ${server.logFile})`);
}

async function stop(options: DbOptions): Promise<void> {
  const result = await stopEmbedded(options.home);
  if (!result.stopped) console.log(`not running (data ${options.home})`);
  else console.log(`stopped pid ${result.pid}${result.forced ? ' (forced after the timeout: see the logs)' : ' cleanly'}`);
}

async function status(options: DbOptions, exit: ExitHolder): Promise<void> {
  const s = await embeddedStatus(options.home);
  if (!s.running) {
    console.log(`not running\ndata: ${s.home}`);
    exit.code = 1;
    return;
  }
  console.log(
    [`running${s.answering ? '' : ' (but Bolt does not answer yet)'}`, `pid: ${s.pid}`, `port: ${s.port}`, `uri: ${s.uri}`,
      `data: ${s.home}`, `log: ${s.logFile}`].join('\n'),
  );
  exit.code = s.answering ? 0 : 1;
}

export function registerDb(program: Command, exit: ExitHolder): void {
  const db = program
    .command('db')
    .description('manage the embedded Neo4j server (not needed when NEO4J_URI points at your own server)');
  const withOptions = (command: Command) =>
    command
      .option('--home <dir>', 'folder for data, logs and pid file (default DIPLOGRAPH_HOME or ./.diplograph)')
      .option('--port <port>', 'Bolt port on 127.0.0.1 (default DIPLOGRAPH_NEO4J_PORT or 7687)', portOption())
      .option('--heap <size>', 'Java heap (default DIPLOGRAPH_NEO4J_HEAP or 1g)')
      .option('--page-cache <size>', 'Neo4j page cache (default DIPLOGRAPH_NEO4J_PAGECACHE or 512m)');
  withOptions(db.command('start'))
    .description('start it in the background and return once Bolt accepts connections')
    .action((flags: DbFlags) => start(resolveOptions(flags), exit));
  withOptions(db.command('stop'))
    .description('stop it cleanly (SIGTERM, waits for the shutdown)')
    .action((flags: DbFlags) => stop(resolveOptions(flags)));
  withOptions(db.command('status'))
    .description('print running / not running, pid, port and data folder (exit 1 when not running)')
    .action((flags: DbFlags) => status(resolveOptions(flags), exit));
}
