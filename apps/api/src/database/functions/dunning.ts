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

  // A letter once written (READY, or FAILED and then READY) never changes, except that a READY letter
  // is marked SENT once with its print batch and date; a SENT letter is final. Once its retention period
  // has ended the retention job (mahnwerk.pseudonymising on in its transaction) removes a sent letter's
  // text and PDF; everything else stays, the hashes showing what was sent.
  `CREATE OR REPLACE FUNCTION letters_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('mahnwerk.pseudonymising', true) = 'on' AND OLD.status = 'SENT'
     AND NEW.pdf IS NULL AND NEW.content IS NULL
     AND (NEW.id, NEW.run_id, NEW.debtor_id, NEW.creditor_id, NEW.written_on, NEW.status, NEW.error, NEW.content_sha256,
          NEW.pdf_sha256, NEW.created_at, NEW.ready_at, NEW.sent_on, NEW.print_batch_id, NEW.kind, NEW.case_id, NEW.subject_id,
          NEW.print_part, NEW.print_sequence)
        IS NOT DISTINCT FROM
         (OLD.id, OLD.run_id, OLD.debtor_id, OLD.creditor_id, OLD.written_on, OLD.status, OLD.error, OLD.content_sha256,
          OLD.pdf_sha256, OLD.created_at, OLD.ready_at, OLD.sent_on, OLD.print_batch_id, OLD.kind, OLD.case_id, OLD.subject_id,
          OLD.print_part, OLD.print_sequence) THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' OR OLD.status = 'SENT' OR (OLD.status = 'FAILED' AND NEW.status = 'READY') THEN
    RAISE EXCEPTION 'letter % is final and cannot be changed', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.status = 'READY' AND (
    NEW.status IS DISTINCT FROM 'SENT'
    OR (NEW.id, NEW.run_id, NEW.debtor_id, NEW.creditor_id, NEW.written_on, NEW.error, NEW.content_sha256, NEW.pdf_sha256,
        NEW.created_at, NEW.ready_at, md5(NEW.pdf), md5(NEW.content::text))
       IS DISTINCT FROM
       (OLD.id, OLD.run_id, OLD.debtor_id, OLD.creditor_id, OLD.written_on, OLD.error, OLD.content_sha256, OLD.pdf_sha256,
        OLD.created_at, OLD.ready_at, md5(OLD.pdf), md5(OLD.content::text))
  ) THEN
    RAISE EXCEPTION 'letter % is final: it can only be marked sent', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;`,

  // A print batch and its parts are kept as they were made.
  `CREATE OR REPLACE FUNCTION print_batches_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'print batches are kept as made: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
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

  `CREATE TRIGGER print_batches_kept BEFORE UPDATE OR DELETE ON print_batches
  FOR EACH ROW EXECUTE FUNCTION print_batches_are_kept();`,

  `CREATE TRIGGER print_batch_parts_kept BEFORE UPDATE OR DELETE ON print_batch_parts
  FOR EACH ROW EXECUTE FUNCTION print_batches_are_kept();`,
];
