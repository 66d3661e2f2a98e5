/**
 * Records the dunning process keeps for ever: its runs, the cases they stepped (which keeps every
 * dunning_steps.run_id and case_id pointing at a row without a per-row foreign-key check on a run's few
 * hundred thousand steps), and the letters once written.
 */
export const DUNNING_FUNCTIONS: readonly string[] = [
  // A run is the record of what it did: never deleted.
  `CREATE OR REPLACE FUNCTION dunning_runs_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'dunning runs are kept: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;`,

  // A case is a record the agency must keep (its claims, payments and letters): never deleted.
  `CREATE OR REPLACE FUNCTION cases_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case % is kept: DELETE is not allowed', OLD.id USING ERRCODE = 'insufficient_privilege';
END $$;`,

  // A letter once written (READY, or FAILED and then READY) never changes.
  `CREATE OR REPLACE FUNCTION letters_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.status = 'READY' OR (OLD.status = 'FAILED' AND NEW.status = 'READY') THEN
    RAISE EXCEPTION 'letter % is final and cannot be changed', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;`,
];

export const DUNNING_TRIGGERS: readonly string[] = [
  `CREATE TRIGGER dunning_runs_no_delete BEFORE DELETE ON dunning_runs
  FOR EACH ROW EXECUTE FUNCTION dunning_runs_are_kept();`,

  `CREATE TRIGGER dunning_runs_no_truncate BEFORE TRUNCATE ON dunning_runs
  FOR EACH STATEMENT EXECUTE FUNCTION dunning_runs_are_kept();`,

  `CREATE TRIGGER cases_no_delete BEFORE DELETE ON cases FOR EACH ROW EXECUTE FUNCTION cases_are_kept();`,

  `CREATE TRIGGER letters_immutable BEFORE UPDATE OR DELETE ON letters
  FOR EACH ROW EXECUTE FUNCTION letters_are_immutable();`,
];
