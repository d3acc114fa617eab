// Which fields a query asks of a value, so that a root resolver can fetch what its children need in
// the same round trip (each Cypher statement costs a few milliseconds of fixed overhead).
import { getArgumentValues } from '@graphql-tools/utils';
import { type FieldNode, type GraphQLNamedType, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLType, Kind, type SelectionSetNode } from 'graphql';

/** Every field node selected on this field's value, through inline fragments and named fragments. */
function fieldsOf(info: GraphQLResolveInfo): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return found;
}

/** Names of the fields selected directly on this field's value, through fragments and aliases. */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  return new Set(fieldsOf(info).map((field) => field.name.value));
}

/**
 * The arguments (with variables and defaults) of the one `name` field selected on this field's value,
 * or null when it is not selected, selected more than once (aliases), or its arguments cannot be read.
 * Lets a root resolver start the statement a child field will need, so both come in one round trip.
 */
export function childArguments(info: GraphQLResolveInfo, name: string): Record<string, unknown> | null {
  const found = fieldsOf(info).filter((field) => field.name.value === name);
  // By shape, and coerced by @graphql-tools/utils, which uses the executor's copy of graphql: under
  // vitest this module may see the other copy (CJS and ESM), whose instanceof checks throw (see cost.ts).
  let type = info.returnType as GraphQLType & { ofType?: GraphQLType };
  while (type.ofType) type = type.ofType as GraphQLType & { ofType?: GraphQLType };
  const named = type as GraphQLNamedType;
  if (found.length !== 1 || !('getFields' in named)) return null;
  const definition = (named as GraphQLObjectType).getFields()[name];
  if (!definition) return null;
  try {
    return getArgumentValues(definition, found[0]!, info.variableValues);
  } catch {
    // A value the field's own resolution will report.
    return null;
  }
}
