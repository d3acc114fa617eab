// The GraphQL documents the page sends, one per need, each within the API's cost limit.

/** What a node of the explore graph needs for its label and colour. */
const BRIEF = `
fragment Brief on Node {
  __typename id
  ... on Entity { name }
  ... on Meeting { date kind }
  ... on Statement { text order }
  ... on Topic { heading }
  ... on Document { title }
}`;

export const OVERVIEW = `
query Overview {
  stats { documents meetings people statements countries entities }
  oldest: meetings(first: 1, sort: DATE_ASC) { edges { node { year } } }
  newest: meetings(first: 1, sort: DATE_DESC) { edges { node { year } } }
}`;

export const SEARCH = `
query Search($query: String!, $first: Int!) {
  search(query: $query, first: $first) { totalCount edges { score node { ...Brief } } }
}${BRIEF}`;

export const NODE_BRIEF = `
query NodeBrief($id: ID!) { node(id: $id) { ...Brief } }${BRIEF}`;

export const NEIGHBOURS = `
query Neighbours($id: ID!, $types: [NodeType!], $first: Int!, $after: String) {
  node(id: $id) {
    ...Brief
    neighbours(types: $types, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { relationship direction count node { ...Brief } }
    }
  }
}${BRIEF}`;

export const NETWORK = `
query Network($filter: NetworkFilter, $level: NetworkLevel) {
  network(filter: $filter, level: $level) {
    meetings communities
    nodes { id label country degree pageRank community }
    edges { source target weight }
  }
}`;

export const PERSON = `
query Person($id: ID!, $filter: MeetingFilter, $counterparts: CounterpartFilter) {
  person(id: $id) {
    id name aliases
    country { id name }
    titles { title asOf of { id name } }
    meetings(first: 30, filter: $filter) {
      totalCount
      edges { node { id date kind location occasion participants { person { id } role title country { id name } } } }
    }
    counterparts(first: 15, filter: $counterparts) {
      totalCount
      edges { meetings firstMet lastMet node { id name country { id name } } }
    }
  }
}`;

export const MEETING = `
query Meeting($id: ID!) {
  meeting(id: $id) {
    id date kind start end durationMinutes location occasion
    countries { id name }
    participants { role title person { id name } country { id name } }
    topics { id number heading }
    statements { id order act text topicNumber speakers { id name } side { id name } respondsTo { id order } }
    document { id title source }
  }
}`;

export const STATEMENT = `
query Statement($id: ID!) {
  statement(id: $id) {
    id order act text start end date
    speakers { id name }
    side { id name }
    meeting { id date kind }
    respondsTo { id order text }
    responses { id order text }
    mentions { start end text entity { id name type } }
    document { id title source text }
  }
}`;

/** Issues, events and agreements: what each side said about them over time. */
export function subjectQuery(root: 'issue' | 'event' | 'agreement'): string {
  return `
query Subject($id: ID!, $filter: TimelineFilter) {
  subject: ${root}(id: $id) {
    __typename id name aliases
    timeline(first: 30, filter: $filter) {
      totalCount
      bySide { year side { id name } statements }
      edges { date act link node { id order text } speaker { id name } side { id name } }
    }
  }
}`;
}

/** Any other node: organisations, places, topics, documents. */
export const OTHER = `
query Other($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Entity { name aliases mentionedIn(first: 20) { totalCount edges { node { id order text date } } } }
    ... on Topic { number heading meeting { id date kind } statements { id order text } }
    ... on Document { title source meetings { id date kind } }
  }
}`;

export const COUNTRY = `
query Country($id: ID!, $filter: MeetingFilter, $relations: RelationFilter, $after: String) {
  country(id: $id) {
    id name aliases
    meetings(first: 100, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id year kind countries { id } } }
    }
    relations(first: 10, filter: $relations) { edges { node { meetings firstMet lastMet counterpart { id name } } } }
  }
}`;
