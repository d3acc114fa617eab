// Runs write plans and their rows inside one managed transaction: read state, plan, lock, delete, write.
// Every statement is a cypher/write/*.cypher file fed with UNWIND batches of at most `batchSize` rows.
import type { ManagedTransaction } from 'neo4j-driver';
import type { ExtractionResult } from '../types.js';
import { writeStatement } from './cypher-files.js';
import { type StoredState, type WritePlan, planWrite } from './write-plan.js';
import { type WriteRows, WRITE_STATEMENTS, buildWriteRows, combineWriteRows, touchedEntityIds } from './write-rows.js';

/** What the database reported changing, summed over the statements of one transaction. */
export interface DatabaseChanges {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export const noChanges = (): DatabaseChanges => ({
  nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0,
});


export class TransactionWriter {
  readonly changes = noChanges();

  constructor(private readonly tx: ManagedTransaction, private readonly batchSize: number) {}

  async run(name: string, params: Record<string, unknown>) {
    const result = await this.tx.run(writeStatement(name), params);
    const updates = result.summary.counters.updates();
    for (const key of Object.keys(this.changes) as (keyof DatabaseChanges)[]) this.changes[key] += updates[key] ?? 0;
    return result;
  }

  async runBatched(name: string, rows: unknown[]): Promise<void> {
    for (let i = 0; i < rows.length; i += this.batchSize) {
      await this.run(name, { rows: rows.slice(i, i + this.batchSize) });
    }
  }

  /** What the graph holds for each result's content id and source, in one round trip. */
  async readStates(results: ExtractionResult[]): Promise<StoredState[]> {
    return readStates((name, params) => this.run(name, params), results.map(({ document }) => document));
  }

  /** Executes the plans of documents that share no id and no source. */
  async execute(items: { result: ExtractionResult; plan: WritePlan }[], fetchedAt: string): Promise<void> {
    const written = items.filter(({ plan }) => plan.write);
    const rows = combineWriteRows(written.map(({ result, plan }) => buildWriteRows(result, { sources: plan.sources, fetchedAt })));
    const deleteIds = items.flatMap(({ plan }) => plan.deleteIds);
    const touched = touchedEntityIds(rows);
    let locked: string[] = [];
    if (written.length > 0 || deleteIds.length > 0) {
      const result = await this.run('lock-entities', { entityIds: touched, documentIds: deleteIds });
      locked = (result.records[0]?.get('locked') as string[] | undefined) ?? [];
    }
    // Every replaced document of the group goes in one statement (a round trip each made replacing
    // pages twice as slow as writing new ones).
    await this.runBatched('delete-document-subgraph', deleteIds);
    for (const { result, plan } of items) {
      for (const id of plan.detachIds) await this.run('detach-document-source', { id, source: plan.source });
      if (plan.addSource) await this.run('add-document-source', { id: plan.documentId, source: plan.source, digest: result.document.inputDigest ?? null });
    }
    for (const [key, name] of WRITE_STATEMENTS) await this.runBatched(name, rows[key]);
    // Shared entities the group wrote or left: their state from the documents still linked to them.
    await this.runBatched('settle-entities', [...new Set([...locked, ...touched])].sort());
  }
}

type RecordsOf = (name: string, params: Record<string, unknown>) => Promise<{ records: { get(key: string): unknown }[] }>;

/** Runs find-document-states through `run` (in a transaction, or as a read for dry runs and unchanged checks). */
export async function readStates(run: RecordsOf, keys: Array<{ id: string; source: string }>): Promise<StoredState[]> {
  const documents = keys.map(({ id, source }) => ({ id, source }));
  const { records } = await run('find-document-states', { documents });
  const byKey = new Map<string, StoredState>();
  for (const record of records) {
    const key = JSON.stringify([record.get('id'), record.get('source')]);
    byKey.set(key, { same: (record.get('same') as StoredState['same']) ?? null, previous: (record.get('previous') as StoredState['previous']) ?? [] });
  }
  return documents.map((d) => byKey.get(JSON.stringify([d.id, d.source])) ?? { same: null, previous: [] });
}

/** Reads the documents' states inside the transaction and plans each. */
export async function planInTransaction(writer: TransactionWriter, results: ExtractionResult[]) {
  const states = await writer.readStates(results);
  return results.map((result, i) => ({ result, plan: planWrite(result, states[i]!) }));
}
