// The network metrics on a worker thread (piscina): betweenness is O(nodes × edges) and would hold the
// API's event loop for seconds. The thread is terminated when the analysis passes its budget.
import { analyse, type Network } from './analysis.js';
import type { Projection } from './projection.js';

export default function analyseTask(projection: Projection): Network {
  return analyse(projection);
}
