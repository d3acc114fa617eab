// Reads a Cypher statement page by page with a keyset ($after: the last row's key, '' at the start;
// $limit: the page size), so an export of any size holds one page in memory and no transaction stays
// open for minutes. Every page statement orders by a unique, indexed id and filters `id > $after`.
import { type Db, readQuery } from '../graph/driver.js';
import { cypherFile } from '../graph/cypher-files.js';

export interface PageOptions {
  /** Rows per page. @default 500 */
  pageSize?: number;
  /** Told after each page with the rows read so far. @default nothing */
  onPage?: (rowsSoFar: number) => void;
  /** Stops the reading before the next page (Ctrl-C): the generator throws the signal's reason. */
  signal?: AbortSignal;
}

/** Rows of cypher/<name>.cypher in key order; `keyOf` reads the key the next page starts after. */
export async function* readPages<T extends Record<string, unknown>>(
  db: Db,
  name: string,
  params: Record<string, unknown>,
  keyOf: (row: T) => string,
  { pageSize = 500, onPage, signal }: PageOptions = {},
): AsyncGenerator<T> {
  const cypher = cypherFile(name);
  let after = '';
  let total = 0;
  for (;;) {
    signal?.throwIfAborted();
    const rows = await readQuery<T>(db, cypher, { ...params, after, limit: pageSize }, { timeoutMs: 120_000 });
    total += rows.length;
    onPage?.(total);
    yield* rows;
    const last = rows.at(-1);
    if (rows.length < pageSize || last === undefined) return;
    after = keyOf(last);
  }
}
