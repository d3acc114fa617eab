// Serving a graph written by an older extractor works, but answers miss what newer versions write (the
// issue timeline reads IN_TOPIC since 0.3.0). `serve` and `start` say so, with the way out.
import { cypherFile } from '../graph/cypher-files.js';
import { type Db, readQuery } from '../graph/driver.js';
import { EXTRACTOR_VERSION } from '../extractor-version.js';

/** A one-line warning when the graph holds documents of another extractor version, else null. */
export async function outdatedGraphWarning(db: Db): Promise<string | null> {
  const [row] = await readQuery<{ outdated: number; versions: string[] }>(db, cypherFile('read/count-outdated-documents'), {
    version: EXTRACTOR_VERSION,
  });
  if (!row || row.outdated === 0) return null;
  return (
    `${row.outdated} document${row.outdated === 1 ? ' was' : 's were'} written by extractor ${row.versions.join(', ')}, not ${EXTRACTOR_VERSION}: ` +
    'their answers may be incomplete until you ingest the same files again (`diplograph ingest PATH...` rewrites them).'
  );
}
