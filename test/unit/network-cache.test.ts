// The network cache's two layers without a database: identical analyses in flight are shared even
// with the cache off, and nothing is kept once they land unless the cache is on.
import { describe, expect, it } from 'vitest';
import type { Network } from '../../src/api/network/analysis.js';
import { createNetworkCache } from '../../src/api/network/cache.js';

const network = (meetings: number): Network => ({ level: 'PERSON', meetings, nodes: [], edges: [], communities: 0, modularity: null });

/** A computation that finishes when the test says so, counting how often it was started. */
function gated() {
  let started = 0;
  const pending: Array<{ resolve: (value: Network) => void; reject: (error: Error) => void }> = [];
  const compute = () => {
    started++;
    return new Promise<Network>((resolve, reject) => pending.push({ resolve, reject }));
  };
  return {
    compute,
    started: () => started,
    release: (value: Network) => pending.shift()!.resolve(value),
    fail: (error: Error) => pending.shift()!.reject(error),
  };
}

describe('createNetworkCache', () => {
  it('shares one computation between identical requests in flight, with the cache off', async () => {
    const cache = createNetworkCache({ ttlMs: 0 });
    const gate = gated();
    const waiting = [cache.get('k', gate.compute), cache.get('k', gate.compute), cache.get('k', gate.compute)];
    const other = cache.get('other', gate.compute);
    expect(gate.started()).toBe(2);
    gate.release(network(7));
    gate.release(network(9));
    const answers = await Promise.all(waiting);
    expect(answers.every((answer) => answer === answers[0])).toBe(true);
    expect(answers[0]!.meetings).toBe(7);
    expect((await other).meetings).toBe(9);
    // Landed: nothing kept, the next request computes again.
    const again = cache.get('k', gate.compute);
    expect(gate.started()).toBe(3);
    gate.release(network(8));
    expect((await again).meetings).toBe(8);
  });

  it('forgets a failed flight: the next request tries again', async () => {
    const cache = createNetworkCache({ ttlMs: 0 });
    const gate = gated();
    const both = Promise.allSettled([cache.get('k', gate.compute), cache.get('k', gate.compute)]);
    gate.fail(new Error('timeout'));
    expect((await both).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    const retry = cache.get('k', gate.compute);
    expect(gate.started()).toBe(2);
    gate.release(network(1));
    expect((await retry).meetings).toBe(1);
  });

  it('keeps finished analyses when the cache is on', async () => {
    const cache = createNetworkCache({ ttlMs: 60_000 });
    const gate = gated();
    const first = cache.get('k', gate.compute);
    gate.release(network(3));
    await first;
    expect((await cache.get('k', gate.compute)).meetings).toBe(3);
    expect(gate.started()).toBe(1);
  });
});
