// The requests of the API benchmark, built from what the graph holds: busy meetings, the people with
// the most meetings, the most mentioned issues, frequent words, the year with the most meetings.
import type { Db } from '../src/graph/driver.js';
import type { Dist } from './bench-dist.js';

export interface Scenario {
  name: string;
  /** Request bodies, cycled through by each connection. */
  bodies: string[];
  /** Issue 5's target for the 99th percentile, ms. */
  targetP99: number;
}

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

const MEETING = `query ($id: ID!) { meeting(id: $id) { date start end kind location occasion
  participants { person { id name } role title country { id name } }
  topics { number heading } statements { text speakers { name } respondsTo { text } } } }`;

const COUNTERPARTS = `query ($id: ID!) { person(id: $id) { name
  counterparts(first: 20) { totalCount edges { node { id name } meetings firstMet lastMet } } } }`;

const SEARCH = `query ($q: String!) { search(query: $q, first: 20) { totalCount
  edges { score node { id ... on Statement { text } ... on Entity { name } } } } }`;

const TIMELINE = `query ($id: ID!) { issue(id: $id) { name timeline(first: 20) { totalCount
  edges { date act link speaker { name } side { id } node { text } } } } }`;

const NETWORK = `query ($from: Date, $to: Date) { network(filter: { from: $from, to: $to }) { meetings communities modularity
  nodes { id label degree weightedDegree pageRank betweenness community } edges { source target weight } } }`;

async function column<T>(d: Dist, db: Db, cypher: string): Promise<T[]> {
  return (await d.driver.readQuery<{ value: T }>(db, cypher)).map((row) => row.value);
}

export async function findScenarios(d: Dist, db: Db): Promise<Scenario[]> {
  const meetings = await column<string>(d, db, `MATCH (m:Meeting) WHERE m.date IS NOT NULL
    RETURN m.id AS value ORDER BY COUNT { (m)<-[:IN_MEETING]-() } DESC, m.id LIMIT 20`);
  const people = await column<string>(d, db, `MATCH (p:Person)
    RETURN p.id AS value ORDER BY COUNT { (p)-[:ATTENDED]->() } DESC, p.id LIMIT 20`);
  const issues = await column<string>(d, db, `MATCH (i:Issue)
    RETURN i.id AS value ORDER BY COUNT { (i)<-[:MENTIONS]-(:Statement) } DESC, i.id LIMIT 10`);
  const words = (await column<string>(d, db, `MATCH (i:Issue) WHERE size(i.name) >= 2
    RETURN i.name AS value ORDER BY COUNT { (i)<-[:MENTIONS]-(:Statement) } DESC LIMIT 8`)).concat(['首脳会談', '協力']);
  const [year] = await column<number>(d, db, `MATCH (m:Meeting) WHERE m.year IS NOT NULL
    WITH m.year AS value, count(*) AS meetings ORDER BY meetings DESC, value DESC LIMIT 1 RETURN value`);
  const network = body(NETWORK, { from: `${year}-01-01`, to: `${year}-12-31` });
  return [
    { name: 'meeting by id', bodies: meetings.map((id) => body(MEETING, { id })), targetP99: 50 },
    { name: 'person with counterparts', bodies: people.map((id) => body(COUNTERPARTS, { id })), targetP99: 50 },
    { name: 'search', bodies: words.map((q) => body(SEARCH, { q })), targetP99: 50 },
    { name: 'issue timeline', bodies: issues.map((id) => body(TIMELINE, { id })), targetP99: 50 },
    { name: `network ${year}`, bodies: [network], targetP99: 500 },
  ];
}
