import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a letter to a consumer must state (RDG 13a):
 * - `supervisory_authorities`: the authority supervising the agency, dated (RDG 13a(1) no. 8). A letter
 *   names the entry in force on its date; admins add entries (audited). Seeded with the Bundesamt für
 *   Justiz from 2025-01-01 (RDG 13 as amended by BGBl. 2023 I Nr. 64).
 * - `debtors.address_researched`: the debtor's address was found by an address search (RDG 13a(1)
 *   no. 7); set when the address is changed as the result of a search, cleared by any other change.
 */
export class LetterRequirements1765810000000 implements MigrationInterface {
  name = 'LetterRequirements1765810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supervisory_authorities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        valid_from date NOT NULL UNIQUE,
        name text NOT NULL CHECK (btrim(name) <> ''),
        address text NOT NULL CHECK (btrim(address) <> ''),
        electronic_contact text NOT NULL CHECK (btrim(electronic_contact) <> ''),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      COMMENT ON TABLE supervisory_authorities IS 'The authority supervising the agency (RDG 13a(1) no. 8), in force from valid_from until the next entry.';
      INSERT INTO supervisory_authorities (valid_from, name, address, electronic_contact)
      VALUES ('2025-01-01', 'Bundesamt für Justiz', 'Adenauerallee 99-103, 53113 Bonn', 'https://www.bundesjustizamt.de');

      ALTER TABLE debtors ADD COLUMN address_researched boolean NOT NULL DEFAULT false;
      COMMENT ON COLUMN debtors.address_researched IS 'The address was found by an address search (RDG 13a(1) no. 7); letters say so.';

      CREATE TABLE dunning_run_holds (
        run_id uuid NOT NULL REFERENCES dunning_runs(id),
        case_id uuid NOT NULL REFERENCES cases(id),
        reason text NOT NULL,
        PRIMARY KEY (run_id, case_id, reason)
      );
      COMMENT ON TABLE dunning_run_holds IS 'Why a dunning run did not send a case its letter (RDG 13a requirements missing).';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE dunning_run_holds;
      ALTER TABLE debtors DROP COLUMN address_researched;
      DROP TABLE supervisory_authorities;
    `);
  }
}
