// Limits on what one request may ask: depth, cost, aliases, tokens, directives (graphql-armor), CSRF
// prevention, and introspection off when the schema is not exposed. Every rejection carries a code.
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError, type ApiErrorCode } from './errors.js';

export interface Limits {
  /** @default 12 */
  maxDepth?: number;
  /** graphql-armor cost (objects 2, scalars 1, times 1.5 per level). @default 20000 */
  maxCost?: number;
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

function armorConfig(limits: Limits, exposeSchema: boolean): GraphQLArmorConfig {
  const common = { propagateOnRejection: false, exposeLimits: true };
  return {
    maxDepth: { ...common, n: limits.maxDepth ?? 12, onReject: rejectWith('DEPTH_LIMIT_EXCEEDED') },
    costLimit: { ...common, maxCost: limits.maxCost ?? 20_000, onReject: rejectWith('COST_LIMIT_EXCEEDED') },
    maxAliases: { ...common, n: limits.maxAliases ?? 15, onReject: rejectWith('ALIAS_LIMIT_EXCEEDED') },
    maxTokens: { ...common, n: limits.maxTokens ?? 2000, onReject: rejectWith('TOKEN_LIMIT_EXCEEDED') },
    maxDirectives: { ...common, n: limits.maxDirectives ?? 10, onReject: rejectWith('DIRECTIVE_LIMIT_EXCEEDED') },
    // Suggestions ("did you mean …") leak the schema; keep them only where the schema is public.
    blockFieldSuggestion: { enabled: !exposeSchema },
  };
}

/** Rejects __schema and __type with a coded error (graphql-js's own rule carries no code). */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(apiError('INTROSPECTION_DISABLED', 'Introspection is turned off on this server.'));
    }
  },
});

function useIntrospectionSwitch(exposeSchema: boolean): Plugin {
  return {
    onValidate({ addValidationRule }) {
      if (!exposeSchema) addValidationRule(noIntrospection);
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
        if (!(error instanceof GraphQLError)) throw error;
        throw new GraphQLError(
          `${error.message}: send Content-Type: application/json or an x-graphql-yoga-csrf header.`,
          { extensions: { ...error.extensions, code: 'CSRF_PREVENTED' } },
        );
      }
    },
  };
}

export function hardeningPlugins({ limits = {}, exposeSchema }: { limits?: Limits; exposeSchema: boolean }): Plugin[] {
  const armor = new EnvelopArmor(armorConfig(limits, exposeSchema));
  return [useCodedCsrfPrevention(), ...(armor.protect().plugins as Plugin[]), useIntrospectionSwitch(exposeSchema)];
}
