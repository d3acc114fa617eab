// The executable schema: SDL files from the package's schema/ folder (one per area) joined with the
// resolvers of src/api/resolvers/ (one file per area).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { baseResolvers } from './resolvers/base.js';
import { countryResolvers } from './resolvers/countries.js';
import { documentResolvers } from './resolvers/documents.js';
import { dyadResolvers } from './resolvers/dyads.js';
import { entityResolvers } from './resolvers/entities.js';
import { issueResolvers } from './resolvers/issues.js';
import { meetingResolvers } from './resolvers/meetings.js';
import { mutationResolvers } from './resolvers/mutations.js';
import { networkResolvers } from './resolvers/network.js';
import { officeResolvers } from './resolvers/offices.js';
import { pathResolvers } from './resolvers/paths.js';
import { peopleResolvers } from './resolvers/people.js';
import { searchResolvers } from './resolvers/search.js';
import { statementResolvers } from './resolvers/statements.js';

/** schema/ sits two levels above this module both as src/api/*.ts and as dist/api/*.js. */
export const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema');

export function readTypeDefs(dir: string = SCHEMA_DIR): string[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.graphql')).sort();
  if (files.length === 0) throw new Error(`no .graphql files in ${dir}; is the package's schema/ folder installed next to dist/?`);
  return files.map((name) => readFileSync(join(dir, name), 'utf8'));
}

const RESOLVERS = [
  baseResolvers,
  meetingResolvers,
  peopleResolvers,
  countryResolvers,
  entityResolvers,
  issueResolvers,
  statementResolvers,
  documentResolvers,
  searchResolvers,
  pathResolvers,
  networkResolvers,
  officeResolvers,
  dyadResolvers,
  mutationResolvers,
];

let cached: GraphQLSchema | undefined;

/** Built once per process: the SDL and resolvers never change while it runs. */
export function buildSchema(): GraphQLSchema {
  cached ??= makeExecutableSchema({
    typeDefs: readTypeDefs(),
    resolvers: RESOLVERS,
    inheritResolversFromInterfaces: true,
  });
  return cached;
}
