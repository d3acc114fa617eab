// The cost of an operation as the number of objects it can make the server resolve, computed with the
// request's variables and the schema's default page sizes: `first: $n` costs what n costs, and a
// connection asked without `first` costs its default (20). Objects only: a scalar is read with its
// object (the token limit bounds how many a query names).
//
//   meetings(first: 100) { edges { node { participants { person { name } } } } }
//   = 1 connection + 100 edges × (1 edge + 1 meeting + 10 participants × (1 + 1 person)) = 3,201
//
// Fragments on different concrete types of one abstract field (… on Issue { timeline } … on Event
// { timeline }) cannot all apply to one object: the dearest counts, not their sum.
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  Kind,
  valueFromASTUntyped,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError } from './errors.js';

/** Items assumed for a list that has no `first` (a meeting's participants, statements, topics). */
export const UNPAGED_LIST_ITEMS = 10;
/** Page size of a connection whose `first` is neither given nor defaulted in the schema. */
export const DEFAULT_PAGE_ITEMS = 20;
/**
 * Objects one request may resolve. An analyst's page of 100 meetings with every participant, topic and
 * statement costs about 4,000; fan-out (meetings → people → meetings → …) costs millions.
 */
export const DEFAULT_MAX_COST = 50_000;

// Types are told apart by shape, not instanceof: under vitest the schema may come from the other copy
// of graphql (CJS and ESM), where graphql's own isListType and friends throw.
type Wrapper = { ofType?: GraphQLType; toString(): string };
const isNonNull = (type: GraphQLType) => String(type).endsWith('!');
const nullableOf = (type: GraphQLType): GraphQLType => (isNonNull(type) ? ((type as Wrapper).ofType ?? type) : type);
const isList = (type: GraphQLType) => String(nullableOf(type)).startsWith('[');
function namedOf(type: GraphQLType): GraphQLNamedType {
  let current = type as Wrapper;
  while (current.ofType) current = current.ofType as Wrapper;
  return current as unknown as GraphQLNamedType;
}
const isComposite = (type: unknown): type is GraphQLCompositeType =>
  typeof type === 'object' && type !== null && ('getFields' in type || 'getTypes' in type) && !('getValues' in type);

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function argumentValue(walk: Walk, node: ValueNode): unknown {
  if (node.kind === Kind.VARIABLE) return walk.variables[node.name.value];
  return valueFromASTUntyped(node, walk.variables);
}

/** The page size a field asks for (first/last: given, variable, schema default), or null if it has none. */
function pageSize(walk: Walk, definition: GraphQLField<unknown, unknown>, node: FieldNode): number | null {
  const pageArg = definition.args.find((arg) => arg.name === 'first' || arg.name === 'last');
  if (!pageArg) return null;
  const given = node.arguments?.find((arg) => arg.name.value === pageArg.name);
  const value = given ? argumentValue(walk, given.value) : undefined;
  const size = value ?? pageArg.defaultValue ?? DEFAULT_PAGE_ITEMS;
  return typeof size === 'number' && Number.isFinite(size) ? Math.max(0, size) : DEFAULT_PAGE_ITEMS;
}

/** Items a list field yields: the page size of its connection, the ids asked for, or the estimate. */
function listItems(walk: Walk, node: FieldNode, parentPage: number | null): number {
  if (parentPage !== null) return parentPage;
  const ids = node.arguments?.find((arg) => arg.name.value === 'ids');
  const value = ids ? argumentValue(walk, ids.value) : undefined;
  return Array.isArray(value) ? value.length : UNPAGED_LIST_ITEMS;
}

function fieldCost(walk: Walk, type: GraphQLCompositeType, node: FieldNode, parentPage: number | null): number {
  if (!('getFields' in type)) return 0; // __typename on a union
  const definition = type.getFields()[node.name.value];
  if (!definition) return 0; // validation reports unknown fields
  const named = namedOf(definition.type);
  if (!isComposite(named) || !node.selectionSet) return 0;
  const items = isList(definition.type) ? listItems(walk, node, parentPage) : 1;
  return items * (1 + selectionCost(walk, named, node.selectionSet, pageSize(walk, definition, node)));
}

/** Fields of the type itself are summed; fragments on narrower types count by their dearest. */
function selectionCost(walk: Walk, type: GraphQLCompositeType, selectionSet: SelectionSetNode, page: number | null): number {
  let common = 0;
  const narrower = new Map<string, number>();
  const addFragment = (condition: string | undefined, set: SelectionSetNode) => {
    const target = condition ? walk.schema.getType(condition) : type;
    if (!target || !isComposite(target)) return;
    const cost = selectionCost(walk, target, set, page);
    if (target === type) common += cost;
    else narrower.set(target.name, (narrower.get(target.name) ?? 0) + cost);
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) common += fieldCost(walk, type, selection, page);
    else if (selection.kind === Kind.INLINE_FRAGMENT) addFragment(selection.typeCondition?.name.value, selection.selectionSet);
    else {
      const fragment = walk.fragments.get(selection.name.value);
      if (fragment) addFragment(fragment.typeCondition.name.value, fragment.selectionSet);
    }
  }
  return common + Math.max(0, ...narrower.values());
}

/** The cost of the operation that will run (by name, or the only one). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string | null): number {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((op) => op.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  // Variables left out take their declared defaults.
  const defaults = Object.fromEntries(
    (operation.variableDefinitions ?? [])
      .filter((v) => v.defaultValue !== undefined)
      .map((v) => [v.variable.name.value, valueFromASTUntyped(v.defaultValue!, {})]),
  );
  const walk: Walk = { schema, fragments, variables: { ...defaults, ...variables } };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  return root ? selectionCost(walk, root, operation.selectionSet, null) : 0;
}

/** Refuses, before any resolver runs, an operation whose cost passes maxCost (COST_LIMIT_EXCEEDED). */
export function useCostLimit(maxCost: number = DEFAULT_MAX_COST): Plugin {
  return {
    onExecute({ args }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const cost = operationCost(args.schema, args.document, variables, args.operationName);
      if (cost > maxCost) {
        throw apiError(
          'COST_LIMIT_EXCEEDED',
          `This query may resolve about ${Math.round(cost)} objects, more than the ${maxCost} one request may; ask for smaller pages (first) or fewer nested lists.`,
          { cost: Math.round(cost), maxCost },
        );
      }
    },
  };
}
