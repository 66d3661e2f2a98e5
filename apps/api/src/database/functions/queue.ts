/**
 * What the queue keeps on every change of cases.assignee_id: the collector a case is credited to, and
 * the number of cases each user holds.
 */
export const QUEUE_FUNCTIONS: readonly string[] = [
  // Analytics credit a case to the collector who worked it last (last_assignee_id), even after it left the
  // queue; a new case starts with that collector in the read models too.
  `CREATE OR REPLACE FUNCTION cases_remember_assignee() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.assignee_id IS NOT NULL THEN NEW.last_assignee_id := NEW.assignee_id; END IF;
  IF TG_OP = 'INSERT' THEN NEW.kpi_collector_id := coalesce(NEW.kpi_collector_id, NEW.last_assignee_id); END IF;
  RETURN NEW;
END $$;`,

  // users.open_cases, kept on every change of cases.assignee_id. A claim locks the collector's row and reads
  // it: the lock waits for the collector's other claim, so capacity holds in one statement.
  `CREATE OR REPLACE FUNCTION users_track_load() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.assignee_id IS NOT NULL
     AND (TG_OP = 'DELETE' OR NEW.assignee_id IS DISTINCT FROM OLD.assignee_id) THEN
    UPDATE users SET open_cases = open_cases - 1 WHERE id = OLD.assignee_id;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.assignee_id IS NOT NULL AND NEW.assignee_id IS DISTINCT FROM OLD.assignee_id THEN
    UPDATE users SET open_cases = open_cases + 1 WHERE id = NEW.assignee_id;
  END IF;
  RETURN NULL;
END $$;`,

  // Inserts come in bulk (imports, the generator): counted once per statement.
  `CREATE OR REPLACE FUNCTION users_track_inserted_load() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users u SET open_cases = u.open_cases + n.k
    FROM (SELECT assignee_id, count(*)::int AS k FROM inserted WHERE assignee_id IS NOT NULL GROUP BY assignee_id) n
   WHERE u.id = n.assignee_id;
  RETURN NULL;
END $$;`,
];

export const QUEUE_TRIGGERS: readonly string[] = [
  `CREATE TRIGGER cases_remember_assignee BEFORE INSERT OR UPDATE OF assignee_id ON cases
  FOR EACH ROW EXECUTE FUNCTION cases_remember_assignee();`,

  `CREATE TRIGGER cases_track_load AFTER UPDATE OF assignee_id OR DELETE ON cases
  FOR EACH ROW EXECUTE FUNCTION users_track_load();`,

  `CREATE TRIGGER cases_track_inserted_load AFTER INSERT ON cases REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION users_track_inserted_load();`,
];
