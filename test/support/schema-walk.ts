import {
  getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType,
  type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';

/** A value of the type, as small as valid: required fields only; `first` at its maximum, 100. */
export function sample(type: GraphQLInputType, name = ''): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (name === 'first') return 100;
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.name;
  if (isInputObjectType(named)) {
    return Object.fromEntries(Object.values(named.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, sample(f.type, f.name)]));
  }
  return ({ Int: 1, SafeInt: 1, Float: 1, Boolean: false, DateTimeISO: '2026-01-01T00:00:00Z', JSONObject: {} } as Record<string, unknown>)[named.name] ?? 'x';
}

/**
 * A document that asks one field (with its required arguments as variables, sampled) under a
 * path of fields without arguments, and the variables: `query($a: ID!) { viewer { user { f(a: $a) { __typename } } } }`.
 */
export function fieldDocument(operation: 'query' | 'mutation', path: string[], field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const declarations = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = `${field.name}${required.length ? `(${required.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''}${isLeafType(getNamedType(field.type)) ? '' : ' { __typename }'}`;
  const body = path.reduceRight((inner, step) => `${step} { ${inner} }`, call);
  return {
    query: `${operation}${declarations ? `(${declarations})` : ''} { ${body} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, sample(a.type, a.name)])),
  };
}

/**
 * Every field of every object type reachable from the root through fields without required
 * arguments that `through` lets pass, with the shortest such path to its parent.
 */
export function reachableFields(
  schema: GraphQLSchema,
  root: 'query' | 'mutation',
  through: (coordinate: string) => boolean,
): { path: string[]; parent: string; field: GraphQLField<unknown, unknown> }[] {
  const start = root === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const found: { path: string[]; parent: string; field: GraphQLField<unknown, unknown> }[] = [];
  const seen = new Set<string>([start.name]);
  let frontier = [{ type: start, path: [] as string[] }];
  while (frontier.length) {
    const next: typeof frontier = [];
    for (const { type, path } of frontier) {
      for (const field of Object.values(type.getFields())) {
        found.push({ path, parent: type.name, field });
        const target = getNamedType(field.type);
        const passes = through(`${type.name}.${field.name}`) && !field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
        if (passes && isObjectType(target) && !seen.has(target.name)) {
          seen.add(target.name);
          next.push({ type: target, path: [...path, field.name] });
        }
      }
    }
    frontier = next;
  }
  return found;
}
