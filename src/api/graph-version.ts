// Cached answers (responses, network analyses) are only as good as the graph they were computed from.
// The version of the graph is Neo4j's last committed transaction (src/graph's lastCommitted): any
// write, whether through this API, `diplograph ingest` in another process or plain Cypher, changes it.
// Asking costs one round trip, so the answer is reused for `checkMs`: a write made elsewhere is seen
// within that time; a write made through this server is seen at once (`changed`).
import { lastCommitted, type Db } from '../graph/driver.js';

export interface GraphVersion {
  /** The graph's current version (at most checkMs old). */
  current(): Promise<string>;
  /** This server just wrote: the next `current` asks Neo4j again. */
  changed(): void;
}

export interface GraphVersionOptions {
  /** How long an answer is reused, in ms. @default 1000 */
  checkMs?: number;
}

export function watchGraphVersion(db: Db, { checkMs = 1000 }: GraphVersionOptions = {}): GraphVersion {
  let known: { at: number; value: Promise<string> } | null = null;
  let unknown = 0;
  return {
    current() {
      const now = Date.now();
      if (known && now - known.at < checkMs) return known.value;
      // Neo4j unreachable: a version that matches no cached entry, so the request itself runs and
      // reports the real error.
      const value = lastCommitted(db).catch(() => `unknown-${++unknown}`);
      known = { at: now, value };
      return value;
    },
    changed() {
      known = null;
    },
  };
}
