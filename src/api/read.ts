// How resolvers read the graph: a named statement from cypher/read/, run through src/graph's
// readQuick (auto-commit reads) with the API's Neo4j timeout, its nodes converted, its expected failures coded.
import type { Db } from '../graph/driver.js';
import { readQuick } from '../graph/driver.js';
import { cypherFile } from '../graph/cypher-files.js';
import { translateDatabaseError } from './errors.js';
import { fromRecord } from './graph-nodes.js';

export type Row = Record<string, unknown>;

/** Runs cypher/read/<name>.cypher with `params`; rows come back with nodes as GraphNodes. */
export type ReadFn = <T extends Row = Row>(name: string, params?: Record<string, unknown>) => Promise<T[]>;

/** Told about every statement run: its name and how long it took. */
export type QueryObserver = (name: string, milliseconds: number) => void;

export function createReader(db: Db, timeoutMs: number, onQuery?: QueryObserver): ReadFn {
  return async <T extends Row = Row>(name: string, params: Record<string, unknown> = {}) => {
    const cypher = cypherFile(`read/${name}`);
    const started = performance.now();
    try {
      const rows = await readQuick(db, cypher, params, { timeoutMs });
      return rows.map((row) => fromRecord(row) as T);
    } catch (error) {
      throw translateDatabaseError(error);
    } finally {
      onQuery?.(name, performance.now() - started);
    }
  };
}
