// graphology and its metric packages are CommonJS whose typings declare `export default`; under
// module nodenext TypeScript then types the default import as the module object. This file takes the
// real function (whichever way the runtime hands it over) and gives it its declared type.
import GraphModule from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';

type DefaultOf<T> = T extends { default: infer D } ? D : T;

function interop<T>(module: T): DefaultOf<T> {
  return ((module as { default?: unknown }).default ?? module) as DefaultOf<T>;
}

export const Graph = interop(GraphModule);
export type UndirectedGraph = InstanceType<typeof Graph>;
export const louvain = interop(louvainModule);
export const betweenness = interop(betweennessModule);
export const pagerank = interop(pagerankModule);
