// Baseline 2 of the ingest benchmark: the naive writer, one MERGE per row, each in its own transaction.
// It runs the very statements of the batched writer (cypher/write/*.cypher) on the very rows, but a
// single row at a time instead of UNWIND batches inside one transaction per group of documents.
import type { ExtractionResult } from '../src/types.js';
import type { Db } from '../src/graph/driver.js';
import type { Dist } from './bench-dist.js';


/** Writes the documents naively; returns the number of row transactions it ran. */
export async function writeNaively(d: Dist, db: Db, results: ExtractionResult[]): Promise<number> {
  const fetchedAt = new Date().toISOString();
  let transactions = 0;
  for (const result of results) {
    const rows = d.writeRows.buildWriteRows(result, { sources: [result.document.source], fetchedAt });
    for (const [key, name] of d.writeRows.WRITE_STATEMENTS) {
      const cypher = d.cypherFiles.cypherFile(`write/${name}`);
      for (const row of rows[key] as unknown[]) {
        await d.driver.writeTransaction(db, (tx) => tx.run(cypher, { rows: [row] }));
        transactions++;
      }
    }
  }
  return transactions;
}
