/**
 * graphql-codegen for the web app: typed documents and types from the committed contract
 * (apps/api/schema.gql) and the `graphql(...)` documents next to each screen, with the client preset.
 *
 * `npm run codegen` writes src/gql/; the web build runs it first; src/app/codegen.test.ts fails when the
 * committed output is stale. It drives @graphql-codegen/core with the same loaders and options as the
 * codegen CLI, without the CLI's remote loaders and task renderer, whose dependencies ask for Node 22.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import { preset as clientPreset } from '@graphql-codegen/client-preset';
import { createNoopProfiler, getCachedDocumentNodeFromSchema } from '@graphql-codegen/plugin-helpers';
import { CodeFileLoader } from '@graphql-tools/code-file-loader';
import { GraphQLFileLoader } from '@graphql-tools/graphql-file-loader';
import { loadDocuments, loadSchema } from '@graphql-tools/load';

const webRoot = path.dirname(fileURLToPath(import.meta.url));

export const SCHEMA = '../api/schema.gql';
export const DOCUMENTS = ['src/**/*.{ts,tsx}', '!src/gql/**'];
export const OUTPUT_DIR = 'src/gql/';

/** Options of the typescript plugins behind the client preset. */
export const CONFIG = {
  scalars: {
    Date: { input: 'string', output: 'string' },
    DateTime: { input: 'string', output: 'string' },
    SafeInt: { input: 'number', output: 'number' },
  },
  enumsAsTypes: true,
  useTypeImports: true,
  strictScalars: true,
  skipTypename: false,
};

/** The generated files: `{ filename, content }`, filenames relative to apps/web. */
export async function generateClient() {
  const schemaAst = await loadSchema(path.resolve(webRoot, SCHEMA), {
    loaders: [new GraphQLFileLoader()],
    assumeValidSDL: true,
    sort: true,
    convertExtensions: true,
    includeSources: true,
  });
  const documents = await loadDocuments(DOCUMENTS, {
    cwd: webRoot,
    loaders: [new CodeFileLoader({ pluckConfig: { skipIndent: true } })],
    sort: true,
    skipGraphQLImport: true,
  });
  if (documents.length === 0) throw new Error(`No GraphQL documents found in ${DOCUMENTS.join(', ')}`);
  const profiler = createNoopProfiler();
  const outputs = await clientPreset.buildGeneratesSection({
    baseOutputDir: OUTPUT_DIR,
    presetConfig: { fragmentMasking: false },
    plugins: [],
    schema: getCachedDocumentNodeFromSchema(schemaAst),
    schemaAst,
    documents,
    config: { ...CONFIG, importExtension: '', emitLegacyCommonJSImports: true },
    pluginMap: {},
    pluginContext: {},
    profiler,
    documentTransforms: [],
  });
  return Promise.all(
    outputs.map(async (output) => ({
      filename: output.filename,
      content: await codegen({ ...output, importExtension: '', emitLegacyCommonJSImports: true }),
    })),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await generateClient();
  for (const { filename, content } of files) {
    const target = path.resolve(webRoot, filename);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  console.log(`graphql-codegen: wrote ${files.map((f) => f.filename).join(', ')}`);
}
