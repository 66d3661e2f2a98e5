import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps the claim's pool scan short while collectors drain the pool from the top. Three things
 * gathered at the top of `cases_claimable_idx` and were stepped over on every claim:
 * - claimed cases that VACUUM had not removed yet: `cases` now vacuums after 0.5 % of its rows
 *   changed (plus 1,000) instead of 20 %, and analyzes after 1 % (plus 1,000) instead of 10 %;
 * - cases waiting for a callback or a promise date: `waiting` is set (trigger) while `next_action_at`
 *   lies ahead, and a waiting case is not in the index at all. The queue's release step
 *   (ClaimPoolService, with the injected clock) clears it once the case is due, in batches, through
 *   `cases_waiting_idx`. The claim still checks the due time on the index entry, so a case is never
 *   handed out early whatever `waiting` says;
 * - cases whose debtor speaks a language the collector does not: the debtor's language is copied onto
 *   the case (`debtor_language`, kept by triggers on insert, on a change of the case's debtor and on a
 *   change of the debtor's language) and is an index column, so the claim checks it on the index
 *   entry instead of reading the debtor. `debtors_language_idx` lists the languages in use quickly,
 *   for collectors who take every language.
 * `down()` restores the previous index exactly.
 */
export class ClaimPoolRemedies1765500000000 implements MigrationInterface {
  name = 'ClaimPoolRemedies1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX cases_claimable_idx;

      ALTER TABLE cases ADD COLUMN debtor_language text, ADD COLUMN waiting boolean NOT NULL DEFAULT false;
      UPDATE cases c SET debtor_language = d.language, waiting = coalesce(c.next_action_at > now(), false)
        FROM debtors d WHERE d.id = c.debtor_id;
      ALTER TABLE cases ALTER COLUMN debtor_language SET NOT NULL;
      COMMENT ON COLUMN cases.debtor_language IS 'The language of the case''s debtor (debtors.language), kept by cases_claim_pool_fields and debtors_language_to_cases; the claim checks it on cases_claimable_idx.';
      COMMENT ON COLUMN cases.waiting IS 'next_action_at lay ahead when it was set: the case stays out of cases_claimable_idx until the queue''s release step (with the application clock) finds it due.';

      CREATE FUNCTION cases_claim_pool_fields() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' OR NEW.debtor_id IS DISTINCT FROM OLD.debtor_id THEN
          NEW.debtor_language := (SELECT d.language FROM debtors d WHERE d.id = NEW.debtor_id);
        END IF;
        NEW.waiting := coalesce(NEW.next_action_at > now(), false);
        RETURN NEW;
      END $$;
      CREATE TRIGGER cases_claim_pool_fields BEFORE INSERT OR UPDATE OF debtor_id, next_action_at ON cases
        FOR EACH ROW EXECUTE FUNCTION cases_claim_pool_fields();

      CREATE FUNCTION debtors_language_to_cases() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE cases SET debtor_language = NEW.language WHERE debtor_id = NEW.id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER debtors_language_to_cases AFTER UPDATE OF language ON debtors
        FOR EACH ROW WHEN (OLD.language IS DISTINCT FROM NEW.language) EXECUTE FUNCTION debtors_language_to_cases();

      CREATE INDEX cases_claimable_idx ON cases (priority DESC, id, (coalesce(next_action_at, '-infinity')), creditor_id, debtor_language)
        WHERE status = 'OPEN' AND assignee_id IS NULL AND hold_reason IS NULL AND NOT waiting;
      CREATE INDEX cases_waiting_idx ON cases (next_action_at) WHERE waiting;
      CREATE INDEX debtors_language_idx ON debtors (language);

      ALTER TABLE cases SET (
        autovacuum_vacuum_scale_factor = 0.005, autovacuum_vacuum_threshold = 1000,
        autovacuum_analyze_scale_factor = 0.01, autovacuum_analyze_threshold = 1000
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cases RESET (
        autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold, autovacuum_analyze_scale_factor, autovacuum_analyze_threshold
      );
      DROP INDEX debtors_language_idx;
      DROP INDEX cases_waiting_idx;
      DROP INDEX cases_claimable_idx;
      DROP TRIGGER debtors_language_to_cases ON debtors;
      DROP FUNCTION debtors_language_to_cases();
      DROP TRIGGER cases_claim_pool_fields ON cases;
      DROP FUNCTION cases_claim_pool_fields();
      ALTER TABLE cases DROP COLUMN waiting, DROP COLUMN debtor_language;
      CREATE INDEX cases_claimable_idx ON cases (priority DESC, id, (coalesce(next_action_at, '-infinity')), creditor_id)
        WHERE status = 'OPEN' AND assignee_id IS NULL AND hold_reason IS NULL;
    `);
  }
}
