// Limits on what one request may ask: depth, aliases, tokens, directives (graphql-armor), cost with the
// request's variables (cost.ts), body size (http-guards.ts), CSRF prevention, and introspection off
// when the schema is not exposed. Every rejection carries a code.
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { type GraphQLError, Kind, type ValidationContext, type ValidationRule, visit } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { DEFAULT_MAX_BODY_BYTES } from '../config.js';
import { DEFAULT_MAX_COST, useCostLimit } from './cost.js';
import { apiError, type ApiErrorCode } from './errors.js';
import { useBodyLimit } from './http-guards.js';
import { MAX_PAGE_SIZE } from './pagination.js';

export interface Limits {
  /** @default 12 */
  maxDepth?: number;
  /** Objects one request may resolve, counted with its variables and default page sizes (cost.ts). @default 50000 */
  maxCost?: number;
  /** Largest request body in bytes. @default 8 MiB */
  maxBodyBytes?: number;
  /** @default 15 */
  maxAliases?: number;
  /** @default 2000 */
  maxTokens?: number;
  /** @default 10 */
  maxDirectives?: number;
}

/** Armor reports "Syntax Error: …" without a code; rethrow the same message with ours. */
function rejectWith(code: ApiErrorCode) {
  return [
    (_context: ValidationContext | null, error: GraphQLError) => {
      throw apiError(code, error.message.replace(/^Syntax Error: /, ''));
    },
  ];
}

type Protection = keyof GraphQLArmorConfig;
// graphql-armor's costLimit is left off: it sees literals only (`first: $n` cost nothing), see cost.ts.
const PROTECTIONS: Protection[] = ['maxTokens', 'maxDepth', 'maxAliases', 'maxDirectives', 'costLimit', 'blockFieldSuggestion'];

function armorConfig(limits: Limits, exposeSchema: boolean): GraphQLArmorConfig {
  const common = { propagateOnRejection: false, exposeLimits: true };
  return {
    maxDepth: { ...common, n: limits.maxDepth ?? 12, onReject: rejectWith('DEPTH_LIMIT_EXCEEDED') },
    maxAliases: { ...common, n: limits.maxAliases ?? 15, onReject: rejectWith('ALIAS_LIMIT_EXCEEDED') },
    maxTokens: { ...common, n: limits.maxTokens ?? 2000, onReject: rejectWith('TOKEN_LIMIT_EXCEEDED') },
    maxDirectives: { ...common, n: limits.maxDirectives ?? 10, onReject: rejectWith('DIRECTIVE_LIMIT_EXCEEDED') },
    // Suggestions ("did you mean …") leak the schema; keep them only where the schema is public.
    blockFieldSuggestion: { enabled: !exposeSchema },
  };
}

/** Armor plugins for the named protections only (the others disabled), so that callers set the order. */
function armorPlugins(config: GraphQLArmorConfig, only: Protection[]): Plugin[] {
  const selected = Object.fromEntries(
    PROTECTIONS.map((name) => [name, only.includes(name) ? config[name] : { enabled: false }]),
  ) as GraphQLArmorConfig;
  return new EnvelopArmor(selected).protect().plugins as Plugin[];
}

/**
 * A literal `first` above the page limit is rejected as PAGE_SIZE_EXCEEDED before the cost limit (which
 * multiplies by `first`) would call the same query merely costly. Variables are checked by the resolvers.
 */
const pageSizeRule: ValidationRule = () => ({
  // On entering the document, i.e. before the other rules look at any operation.
  Document(document) {
    visit(document, {
      Argument(node) {
        if ((node.name.value !== 'first' && node.name.value !== 'last') || node.value.kind !== Kind.INT) return;
        const size = Number(node.value.value);
        if (size <= MAX_PAGE_SIZE) return;
        throw apiError('PAGE_SIZE_EXCEEDED', `\`${node.name.value}\` may be at most ${MAX_PAGE_SIZE}, got ${size}; page with \`after\` instead.`, {
          maxPageSize: MAX_PAGE_SIZE,
        });
      },
    });
  },
});

/** Rejects __schema and __type with a coded error (graphql-js's own rule carries no code). */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(apiError('INTROSPECTION_DISABLED', 'Introspection is turned off on this server.'));
    }
  },
});

function useValidationRules(rules: ValidationRule[]): Plugin {
  return {
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
  };
}

/** The yoga CSRF plugin, with a code on its rejection. */
function useCodedCsrfPrevention(): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] });
  return {
    onRequestParse(payload) {
      try {
        return csrf.onRequestParse?.(payload);
      } catch (error) {
        // By name: under vitest yoga's GraphQLError class is another copy than ours.
        if ((error as { name?: unknown } | null)?.name !== 'GraphQLError') throw error;
        const { message, extensions } = error as GraphQLError;
        // yoga's own constructor, so that yoga recognises the error as expected and keeps its status.
        throw createGraphQLError(`${message}: send Content-Type: application/json or an x-graphql-yoga-csrf header.`, {
          extensions: { ...extensions, code: 'CSRF_PREVENTED' },
        });
      }
    },
  };
}

/**
 * In the order a request meets them: body size (Content-Length), CSRF, body size and JSON shape (while
 * reading), tokens (while parsing), then validation rules where the first to fail decides the code:
 * depth, aliases, directives, page size, introspection; then the cost, with the variables.
 */
export function hardeningPlugins({ limits = {}, exposeSchema }: { limits?: Limits; exposeSchema: boolean }): Plugin[] {
  const config = armorConfig(limits, exposeSchema);
  return [
    useCodedCsrfPrevention(),
    useBodyLimit(limits.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES),
    ...armorPlugins(config, ['maxTokens', 'maxDepth', 'maxAliases', 'maxDirectives', 'blockFieldSuggestion']),
    useValidationRules([pageSizeRule]),
    useValidationRules(exposeSchema ? [] : [noIntrospection]),
    useCostLimit(limits.maxCost ?? DEFAULT_MAX_COST),
  ];
}
