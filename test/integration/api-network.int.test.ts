// Network analysis through the API: the person and country meeting networks, their metrics
// (graphology) and their GraphML / node-link JSON exports, checked against independent Cypher.
import { parseDocument, DomUtils } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph, betweenness } from '../../src/api/network/graphology.js';
import { createNetworkAnalyser } from '../../src/api/network/off-thread.js';
import type { DiplographApi } from '../../src/api/server.js';
import type { Db } from '../../src/graph/driver.js';
import { cypherValue, data, seededDb, testApi } from './api-helpers.js';

let db: Db;
let yoga: DiplographApi;

beforeAll(async () => {
  db = await seededDb();
  yoga = testApi(db, { extra: { networkCacheMs: 0 } });
});
afterAll(async () => {
  await db?.close();
});

const NETWORK = `query ($filter: NetworkFilter, $level: NetworkLevel) { network(filter: $filter, level: $level) {
  level meetings communities modularity
  nodes { id label country degree weightedDegree pageRank betweenness community entity { id } }
  edges { source target weight firstMet lastMet } } }`;

type Edge = { source: string; target: string; weight: number };

const PERSON_EDGES = `
  MATCH (m:Meeting) WHERE ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
  MATCH (a:Person)-[ra:ATTENDED]->(m)<-[rb:ATTENDED]-(b:Person)
  WHERE a.id < b.id AND ra.country <> rb.country
  WITH a.id AS source, b.id AS target, count(DISTINCT m) AS weight ORDER BY source, target
  RETURN collect({source: source, target: target, weight: weight}) AS value`;

const sortEdges = (edges: Edge[]) =>
  edges.map(({ source, target, weight }) => ({ source, target, weight })).sort((a, b) => `${a.source} ${a.target}`.localeCompare(`${b.source} ${b.target}`));

describe('network', () => {
  it('projects who met whom across the table, weighted by meetings, like Cypher', async () => {
    const result = await data(yoga, NETWORK, {});
    const network = result.network;
    expect(sortEdges(network.edges)).toEqual(sortEdges(await cypherValue<Edge[]>(db, PERSON_EDGES, { from: null, to: null })));
    expect(network.meetings).toBe(await cypherValue(db, 'MATCH (m:Meeting) RETURN count(m) AS value'));
    for (const node of network.nodes) {
      const own = network.edges.filter((e: Edge) => e.source === node.id || e.target === node.id);
      expect(node.degree).toBe(own.length);
      expect(node.weightedDegree).toBe(own.reduce((sum: number, e: Edge) => sum + e.weight, 0));
      expect(node.betweenness).toBeGreaterThanOrEqual(0);
      expect(node.betweenness).toBeLessThanOrEqual(1);
      expect(node.entity.id).toBe(node.id);
    }
    const ownCountry = new Map(await cypherValue<Array<[string, string]>>(db, 'MATCH (p:Person) WHERE p.country IS NOT NULL RETURN collect([p.id, p.country]) AS value'));
    const withCountry = network.nodes.filter((n: any) => ownCountry.has(n.id));
    expect(withCountry.length).toBeGreaterThan(0);
    for (const node of withCountry) expect(node.country).toBe(ownCountry.get(node.id));
    const rankSum = network.nodes.reduce((sum: number, n: any) => sum + n.pageRank, 0);
    expect(rankSum).toBeCloseTo(1, 3);
    expect(network.nodes[0].id).toBe('person:koizumi');
    expect(new Set(network.nodes.map((n: any) => n.community)).size).toBe(network.communities);
  });

  it('restricts the network to a year, countries and kinds', async () => {
    const year = await data(yoga, NETWORK, { filter: { from: '2003-01-01', to: '2003-12-31' } });
    expect(sortEdges(year.network.edges)).toEqual(sortEdges(await cypherValue<Edge[]>(db, PERSON_EDGES, { from: '2003-01-01', to: '2003-12-31' })));
    const usa = await data(yoga, NETWORK, { filter: { countries: ['USA'], kinds: ['SUMMIT'] } });
    expect(usa.network.nodes.map((n: any) => n.id).sort()).toEqual(
      await cypherValue(db, `MATCH (m:Meeting {kind: 'summit'})-[:BETWEEN]->(:Country {id: 'USA'})
        MATCH (p:Person)-[:ATTENDED]->(m) WITH DISTINCT p.id AS id ORDER BY id RETURN collect(id) AS value`),
    );
  });

  it('gives betweenness in hops, as graphology computes it on the edges Cypher finds', async () => {
    const result = await data(yoga, NETWORK, {});
    const graph = new Graph({ type: 'undirected' });
    for (const { source, target } of await cypherValue<Edge[]>(db, PERSON_EDGES, { from: null, to: null })) {
      graph.mergeEdge(graph.mergeNode(source)[0], graph.mergeNode(target)[0]);
    }
    const expected = betweenness(graph, { normalized: true, getEdgeWeight: null });
    expect(result.network.nodes.some((n: any) => n.betweenness > 0)).toBe(true);
    for (const node of result.network.nodes) expect(node.betweenness).toBeCloseTo(expected[node.id]!, 12);
  });

  it('answers identical requests in flight with one projection read and one analysis, the cache off', async () => {
    const analyser = createNetworkAnalyser();
    const reads: string[] = [];
    const shared = testApi(db, { extra: { networkCacheMs: 0, responseCacheMs: 0, networkAnalyser: analyser, onQuery: (name) => reads.push(name) } });
    try {
      const filter = { from: '2003-01-01', to: '2003-12-31' };
      const answers = await Promise.all(Array.from({ length: 6 }, () => data(shared, NETWORK, { filter })));
      expect(answers.every((answer) => JSON.stringify(answer) === JSON.stringify(answers[0]))).toBe(true);
      expect(answers[0]!.network.nodes.length).toBeGreaterThan(2);
      expect(reads.filter((name) => name === 'read-person-network')).toHaveLength(1);
      expect(analyser.analyses).toBe(1);
      // Landed, nothing kept: the next request reads and analyses again (the cache is off).
      expect(await data(shared, NETWORK, { filter })).toEqual(answers[0]);
      expect(analyser.analyses).toBe(2);
    } finally {
      await analyser.close();
    }
  });

  it('gives the same communities and ranks every time', async () => {
    const first = await data(yoga, NETWORK, {});
    const second = await data(yoga, NETWORK, {});
    expect(second.network.nodes).toEqual(first.network.nodes);
  });

  it('builds the country network', async () => {
    const result = await data(yoga, NETWORK, { level: 'COUNTRY' });
    const expected = await cypherValue<Edge[]>(db, `
      MATCH (a:Country)<-[:BETWEEN]-(m:Meeting)-[:BETWEEN]->(b:Country) WHERE a.id < b.id
      WITH a.id AS source, b.id AS target, count(DISTINCT m) AS weight RETURN collect({source: source, target: target, weight: weight}) AS value`);
    expect(sortEdges(result.network.edges)).toEqual(sortEdges(expected));
    const japan = result.network.nodes.find((n: any) => n.id === 'JPN');
    expect(japan).toMatchObject({ label: '日本', country: 'JPN', betweenness: expect.any(Number) });
    expect(japan.degree).toBe(result.network.nodes.length - 1);
  });
});

describe('export', () => {
  it('writes GraphML that Gephi can read: every node and edge, with their attributes', async () => {
    const [network, exported] = await Promise.all([
      data(yoga, NETWORK, {}),
      data(yoga, '{ export(format: GRAPHML) { format contentType content nodes edges } }'),
    ]);
    const { content, contentType, nodes, edges } = exported.export;
    expect(contentType).toBe('application/graphml+xml');
    const document = parseDocument(content, { xmlMode: true });
    const nodeElements = DomUtils.getElementsByTagName('node', document);
    const edgeElements = DomUtils.getElementsByTagName('edge', document);
    expect(nodeElements).toHaveLength(network.network.nodes.length);
    expect(edgeElements).toHaveLength(network.network.edges.length);
    expect([nodes, edges]).toEqual([nodeElements.length, edgeElements.length]);
    const putin = nodeElements.find((element) => element.attribs.id === 'person:putin')!;
    const label = DomUtils.getElementsByTagName('data', putin).find((d) => d.attribs.key === 'label');
    expect(DomUtils.textContent(label!)).toBe('ウラジーミル・プーチン');
  });

  it('writes node-link JSON for networkx', async () => {
    const exported = await data(yoga, '{ export(format: JSON, level: COUNTRY) { contentType content } }');
    const graph = JSON.parse(exported.export.content);
    expect(graph).toMatchObject({ directed: false, multigraph: false, graph: { level: 'COUNTRY' } });
    expect(graph.nodes.map((n: any) => n.id)).toContain('JPN');
    expect(graph.links[0]).toEqual(expect.objectContaining({ source: expect.any(String), target: expect.any(String), weight: expect.any(Number) }));
  });
});
