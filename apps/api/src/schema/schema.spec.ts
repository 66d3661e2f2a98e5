import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchemaSdl } from './build-schema.js';

const committed = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.gql');

describe('the committed GraphQL schema', () => {
  it('matches what the code defines (run `npm run schema -w @mahnwerk/api` after changing the API)', async () => {
    expect(readFileSync(committed, 'utf8')).toBe(await buildSchemaSdl());
  });

  it('keeps the contract names other tools rely on', async () => {
    const sdl = await buildSchemaSdl();
    for (const name of [
      'myQueue: [Case!]!', 'claimNextCase: Case', 'recordOutcome(input: RecordOutcomeInput!): Case!',
      'recordPayment(input: RecordPaymentInput!): Case!',
      'reassignCase(caseId: ID!, collectorId: ID!, expectedVersion: Int!): Case!',
      'setCapacity(capacity: Int!, collectorId: ID!): User!', 'kpis(filter: KpiFilter!): Kpis!',
      'queueChanged: QueueChange!', 'teamQueuesChanged: [CollectorQueue!]!', 'caseUpdated(caseId: ID!): Case!',
      'principalCents: SafeInt!', 'scalar Date',
    ]) {
      expect(sdl).toContain(name);
    }
  });
});
