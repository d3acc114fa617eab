// `diplograph export network [--level country|person] [--format gephi|gexf|graphml]`. The gephi format
// is two files, so it needs --out: FILE.nodes.csv and FILE.edges.csv (a trailing .csv is dropped).
import { rm } from 'node:fs/promises';
import { DiplographError } from '../errors.js';
import type { Db } from '../graph/driver.js';
import type { DateRange } from './date-range.js';
import { readMeetings } from './meetings.js';
import { NetworkBuilder, type NetworkLevel, networkMetrics } from './network.js';
import { EDGE_COLUMNS, NODE_COLUMNS, edgeRows, gexfLines, nodeRows, toNetworkGraphML } from './network-files.js';
import type { PageOptions } from './pages.js';
import { csvStringifier, type ExportSummary } from './run-dyads.js';
import { writeExport } from './sink.js';

export const NETWORK_FORMATS = ['gephi', 'gexf', 'graphml'] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

export interface NetworkExportOptions extends PageOptions {
  range: DateRange;
  out: string;
  level: NetworkLevel;
  format: NetworkFormat;
  /** Told when the network is too large for its metrics. */
  log?: (message: string) => void;
}

/** The two file names of the gephi format. Example: 'net.csv' → ['net.nodes.csv', 'net.edges.csv']. */
export function gephiFiles(out: string): [nodes: string, edges: string] {
  if (out === '-') throw new DiplographError('USAGE', 'the gephi format writes two files (nodes and edges): give --out FILE');
  const base = out.replace(/\.csv$/i, '');
  return [`${base}.nodes.csv`, `${base}.edges.csv`];
}

export async function exportNetwork(db: Db, options: NetworkExportOptions): Promise<ExportSummary> {
  const files = options.format === 'gephi' ? gephiFiles(options.out) : null;
  const builder = new NetworkBuilder(options.level);
  for await (const meeting of readMeetings(db, options.range, options)) builder.add(meeting);
  const { nodes, edges } = builder.result();
  const metrics = networkMetrics(options.level, builder.meetings, nodes, edges);
  if (!metrics) options.log?.(`network of ${nodes.length} nodes and ${edges.length} edges: too large for centrality metrics, left empty`);
  if (files) {
    await writeExport(files[0], nodeRows(nodes, metrics), csvStringifier(NODE_COLUMNS), options.signal);
    // Both files or neither: nodes without their edges would load as a network with no ties.
    await writeExport(files[1], edgeRows(edges), csvStringifier(EDGE_COLUMNS), options.signal)
      .catch(async (error: unknown) => {
        await rm(files[0], { force: true });
        throw error;
      });
  } else if (options.format === 'gexf') {
    await writeExport(options.out, gexfLines(options.level, nodes, edges, metrics), undefined, options.signal);
  } else {
    await writeExport(options.out, [toNetworkGraphML(options.level, nodes, edges, metrics)], undefined, options.signal);
  }
  return { rows: nodes.length + edges.length, meetings: builder.meetings };
}
