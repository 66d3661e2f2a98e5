/**
 * graphql-codegen: typed documents from the committed contract (apps/api/schema.gql) and the
 * `graphql(...)` documents next to each screen. `npm run codegen` writes src/gql/; the web build runs it
 * first, and src/gql/codegen.test.ts fails when the committed output is stale.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const GENERATED_DIR = 'src/gql/';

const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    [GENERATED_DIR]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: {
          Date: { input: 'string', output: 'string' },
          DateTime: { input: 'string', output: 'string' },
          SafeInt: { input: 'number', output: 'number' },
        },
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        skipTypename: false,
      },
    },
  },
};

export default config;
