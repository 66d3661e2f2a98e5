import { AUDIT_FUNCTIONS, AUDIT_TRIGGERS } from './audit.js';
import { DUNNING_FUNCTIONS, DUNNING_TRIGGERS } from './dunning.js';
import { KPI_FUNCTIONS, KPI_TRIGGERS, KPI_TYPES } from './kpi.js';
import { QUEUE_FUNCTIONS, QUEUE_TRIGGERS } from './queue.js';

/**
 * Every SQL function, trigger and composite type the migrated database holds, as it holds it today:
 * one `CREATE OR REPLACE FUNCTION`, `CREATE TRIGGER` or `CREATE TYPE` statement each. Read-only
 * documentation checked by test/database-functions.integration.spec.ts; migrations never import it.
 */
export const DATABASE_FUNCTIONS: readonly string[] = [...AUDIT_FUNCTIONS, ...DUNNING_FUNCTIONS, ...QUEUE_FUNCTIONS, ...KPI_FUNCTIONS];
export const DATABASE_TRIGGERS: readonly string[] = [...AUDIT_TRIGGERS, ...DUNNING_TRIGGERS, ...QUEUE_TRIGGERS, ...KPI_TRIGGERS];
export const DATABASE_TYPES: readonly string[] = [...KPI_TYPES];
