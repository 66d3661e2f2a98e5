/**
 * Every GraphQL document of the web app, validated against the committed contract
 * (apps/api/schema.gql). A renamed field, argument or type fails here, not in the browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as auth from './auth.graphql';
import * as queue from '../features/queue/queue.graphql';
import * as kase from '../features/case/case.graphql';
import * as team from '../features/team/team.graphql';
import * as dashboard from '../features/dashboard/dashboard.graphql';
import * as bank from '../features/bank/bank.graphql';
import * as dunning from '../features/dunning/dunning.graphql';
import * as creditors from '../features/creditors/creditors.graphql';
import * as people from '../features/people/people.graphql';
import * as changePassword from '../features/login/change-password.graphql';
import * as demoData from '../ui/demo-data.graphql';

// MAHNWERK_SCHEMA=/path/to/schema.gql checks against another SDL (e.g. one printed from the API code).
const schemaPath = process.env.MAHNWERK_SCHEMA ?? fileURLToPath(new URL('../../../api/schema.gql', import.meta.url));

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT;
}

function operationsOf(module: Record<string, unknown>): [string, DocumentNode][] {
  return Object.entries(module).filter(
    (entry): entry is [string, DocumentNode] =>
      isDocument(entry[1]) && entry[1].definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
  );
}

const modules = [auth, queue, kase, team, dashboard, bank, dunning, creditors, people, changePassword, demoData] as Record<string, unknown>[];
const documents = modules.flatMap((m) => operationsOf(m));

it('every value a *.graphql.ts module exports is a document the generated graphql() knows', () => {
  const notDocuments = modules.flatMap((m) => Object.entries(m).filter(([, value]) => !isDocument(value)).map(([name]) => name));
  expect(notDocuments).toEqual([]);
});

describe.skipIf(!existsSync(schemaPath))('GraphQL documents match apps/api/schema.gql', () => {
  const schema = buildSchema(existsSync(schemaPath) ? readFileSync(schemaPath, 'utf8') : 'type Query { _: Int }');

  it('finds the documents', () => {
    expect(documents.length).toBeGreaterThanOrEqual(17);
  });

  it.each(documents)('%s is valid', (_name, document) => {
    const errors = validate(schema, document).map((e) => e.message);
    expect(errors).toEqual([]);
  });

  it('uses each operation name once', () => {
    const names = documents.flatMap(([, d]) =>
      d.definitions.flatMap((def) => (def.kind === Kind.OPERATION_DEFINITION && def.name ? [def.name.value] : [])),
    );
    expect(new Set(names).size).toBe(names.length);
  });
});
