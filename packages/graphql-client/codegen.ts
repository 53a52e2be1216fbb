import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The GraphQL Codegen configuration every micro-frontend (and the shell) uses: typed documents
 * from the committed schema, written to its `src/gql/`, with the persisted-document hashes in
 * `src/gql/persisted-documents.json`. `codegen --check` fails when the output is stale or a
 * document does not match the schema.
 */
export function typedDocuments(): CodegenConfig {
  return {
    schema: '../../schema/schema.graphql',
    documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
    ignoreNoDocuments: false,
    generates: {
      './src/gql/': {
        preset: 'client',
        presetConfig: { fragmentMasking: false, persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' } },
        config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' } },
      },
    },
  };
}
