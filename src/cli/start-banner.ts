// What `diplograph start` prints once the API answers: the URL, a query to paste, a curl to run.

/** The query of issue 2's acceptance check: the sample meeting with its 8 participants. */
export const EXAMPLE_QUERY = '{ meetings(first: 5) { totalCount edges { node { date participants { person { name } role } } } } }';

/** Single quotes for a POSIX shell, safe whatever the text holds. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function curlCommand(url: string, query: string = EXAMPLE_QUERY): string {
  return `curl -s ${url} -H 'content-type: application/json' -d ${shellQuote(JSON.stringify({ query }))}`;
}

export interface BannerOptions {
  url: string;
  /** GraphiQL is served at the URL (Config.api.exposeSchema). */
  graphiql: boolean;
  /** Seconds since the command started. */
  seconds: number;
}

export function bannerLines({ url, graphiql, seconds }: BannerOptions): string[] {
  return [
    '',
    `GraphQL API ready at ${url} (${seconds.toFixed(1)} s)${graphiql ? ' (open it in a browser for GraphiQL)' : ''}`,
    `Explorer (the graph in a browser): ${new URL('/', url).href}`,
    '',
    'Example query:',
    `  ${EXAMPLE_QUERY}`,
    '',
    'Or from a shell:',
    `  ${curlCommand(url)}`,
    '',
    'Press Ctrl-C to stop.',
  ];
}
