import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchema, getVariableValues, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';

/** The third-party guide's examples run against the committed schema as they are written. */
const root = new URL('../../', import.meta.url);
const guide = readFileSync(new URL('schema/README.md', root), 'utf8').replace(/\r\n/g, '\n');
const schema = buildSchema(readFileSync(new URL('schema/schema.graphql', root), 'utf8'));

const blocks = (lang: string) => [...guide.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```', 'gm'))].map((m) => m[1]!);
/** GraphQL documents by the file name on their first line ("# customers.graphql"). */
const documents = new Map(blocks('graphql').map((text) => [/^# (\S+\.graphql)/.exec(text)?.[1] ?? text.slice(0, 40), text]));

describe('the API guide', () => {
  it('has its examples', () => {
    expect(documents.size).toBeGreaterThanOrEqual(5);
  });

  it.each([...documents])('%s is valid against schema.graphql', (_name, text) => {
    expect(validate(schema, parse(text)).map(String)).toEqual([]);
  });

  it('sends only documents it shows, with variables of the right types', () => {
    // One command per unindented line, with its indented continuation lines.
    const calls = blocks('sh').flatMap((sh) => sh.split(/\n(?=\S)/)).filter((command) => command.includes('--rawfile query'));
    expect(calls.length).toBeGreaterThanOrEqual(4);
    for (const call of calls) {
      const file = /--rawfile query (\S+)/.exec(call)![1]!;
      const text = documents.get(file);
      expect(text, file).toBeDefined();
      const operation = parse(text!).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const variables = JSON.parse(/--argjson variables '([^']*)'/.exec(call)?.[1] ?? '{}') as Record<string, unknown>;
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
      expect('errors' in coerced ? coerced.errors!.map(String) : [], file).toEqual([]);
    }
  });
});
