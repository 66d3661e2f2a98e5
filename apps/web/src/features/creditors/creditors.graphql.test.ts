/** The creditors page's documents against the committed contract (apps/api/schema.gql). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as documents from './creditors.graphql';

const schemaPath = process.env.MAHNWERK_SCHEMA ?? fileURLToPath(new URL('../../../../api/schema.gql', import.meta.url));

const operations = Object.entries(documents as Record<string, unknown>).filter(
  (entry): entry is [string, DocumentNode] => typeof entry[1] === 'object' && entry[1] !== null && (entry[1] as DocumentNode).kind === Kind.DOCUMENT,
);

describe.skipIf(!existsSync(schemaPath))('creditors documents match apps/api/schema.gql', () => {
  const schema = buildSchema(existsSync(schemaPath) ? readFileSync(schemaPath, 'utf8') : 'type Query { _: Int }');

  it('finds the documents', () => {
    expect(operations.map(([name]) => name).sort()).toEqual([
      'CREDITOR_SETTINGS', 'RESET_CONTACT_POLICY', 'RESET_PRIORITY_WEIGHTS', 'SET_CONTACT_POLICY', 'SET_PRIORITY_WEIGHTS',
    ]);
  });

  it.each(operations)('%s is valid', (_name, document) => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
