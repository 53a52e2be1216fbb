import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costLimitPlugin } from './cost-limit.js';

const schema = buildSchema('type Query { items(first: Int = 10, ids: [ID!]): [String!]! }');

async function run(cost: Parameters<typeof costLimitPlugin>[1], query: string, variables: Record<string, unknown> = {}) {
  const logged: string[] = [];
  const hooks = (await costLimitPlugin(schema, cost).requestDidStart!({} as never))!;
  const attempt = hooks.didResolveOperation!({
    request: { variables },
    document: parse(query),
    operationName: null,
    contextValue: { log: { error: (_obj: object, msg: string) => void logged.push(msg) } },
  } as never);
  return { attempt, logged };
}

describe('the cost limit', () => {
  it('refuses, and logs, an operation whose cost cannot be computed, instead of letting it run', async () => {
    const { attempt, logged } = await run(() => {
      throw new Error('estimator failed');
    }, '{ items }');
    await expect(attempt).rejects.toMatchObject({ extensions: { code: 'QUERY_COST_UNKNOWN' } });
    expect(logged).toEqual(['the cost of an operation could not be computed: refused']);
  });

  it('leaves variables that do not fit their types to execution, which refuses them', async () => {
    const { attempt, logged } = await run(() => {
      throw new Error('must not be called');
    }, 'query($n: Int) { items(first: $n) }', { n: 'many' });
    await expect(attempt).resolves.toBeUndefined();
    expect(logged).toEqual([]);
  });
});
