/**
 * TypeScript shapes of the GraphQL contract (apps/api/schema.gql) that the web app selects.
 * Hand-written until codegen is set up; `operations.test.ts` validates every document against the
 * committed schema so a renamed field fails the unit tests instead of the browser.
 */
import type { CaseStatus, Cents, DunningStage, OutcomeType } from '../ui/format';
import type { IsoDate, IsoDateTime } from '../ui/date';

export type { CaseStatus, Cents, DunningStage, OutcomeType, IsoDate, IsoDateTime };

export type Role = 'COLLECTOR' | 'LEAD' | 'MANAGER' | 'ADMIN';
export type DebtorKind = 'CONSUMER' | 'BUSINESS';
export type Channel = 'PHONE' | 'LETTER' | 'EMAIL' | 'SMS' | 'SYSTEM';
export type PromiseStatus = 'OPEN' | 'KEPT' | 'BROKEN';
export type QueueChangeKind = 'ADDED' | 'UPDATED' | 'REMOVED';

export const ROLES: readonly Role[] = ['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'];

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}
