import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CollectorLoad1764500000000 implements MigrationInterface {
  name = 'CollectorLoad1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The cases a user holds, kept by the database on every change of cases.assignee_id. A claim
      -- locks the collector's row and reads it: the lock waits for the collector's other claim and
      -- then returns the row as that claim left it, so capacity holds in one statement.
      ALTER TABLE users ADD COLUMN open_cases integer NOT NULL DEFAULT 0 CHECK (open_cases >= 0);
      UPDATE users u SET open_cases = (SELECT count(*) FROM cases c WHERE c.assignee_id = u.id);

      CREATE FUNCTION users_track_load() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.assignee_id IS NOT NULL
           AND (TG_OP = 'DELETE' OR NEW.assignee_id IS DISTINCT FROM OLD.assignee_id) THEN
          UPDATE users SET open_cases = open_cases - 1 WHERE id = OLD.assignee_id;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.assignee_id IS NOT NULL AND NEW.assignee_id IS DISTINCT FROM OLD.assignee_id THEN
          UPDATE users SET open_cases = open_cases + 1 WHERE id = NEW.assignee_id;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER cases_track_load AFTER UPDATE OF assignee_id OR DELETE ON cases
        FOR EACH ROW EXECUTE FUNCTION users_track_load();

      -- Inserts come in bulk (imports, the generator): counted once per statement.
      CREATE FUNCTION users_track_inserted_load() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE users u SET open_cases = u.open_cases + n.k
          FROM (SELECT assignee_id, count(*)::int AS k FROM inserted WHERE assignee_id IS NOT NULL GROUP BY assignee_id) n
         WHERE u.id = n.assignee_id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER cases_track_inserted_load AFTER INSERT ON cases REFERENCING NEW TABLE AS inserted
        FOR EACH STATEMENT EXECUTE FUNCTION users_track_inserted_load();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER cases_track_inserted_load ON cases;
      DROP FUNCTION users_track_inserted_load();
      DROP TRIGGER cases_track_load ON cases;
      DROP FUNCTION users_track_load();
      ALTER TABLE users DROP COLUMN open_cases;
    `);
  }
}
