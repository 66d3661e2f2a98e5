/**
 * The committed output of graphql-codegen (src/gql/) matches what the schema and the documents
 * generate now. When this fails, run `npm run codegen -w @mahnwerk/web` and commit src/gql/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateClient } from '../../codegen.mjs';

const webRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('generated GraphQL types and documents (src/gql/)', () => {
  it('are up to date with apps/api/schema.gql and the documents', async () => {
    const outputs = await generateClient();
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      const committed = readFileSync(path.resolve(webRoot, filename), 'utf8');
      expect(committed, `${filename} is stale: run npm run codegen -w @mahnwerk/web`).toBe(content);
    }
  }, 60_000);
});
