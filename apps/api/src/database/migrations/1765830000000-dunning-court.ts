import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The central dunning court of a court dunning procedure (ZPO 689(3)). Its Land's public holidays
 * end no period of the procedure (ZPO 222(2)); null for procedures recorded without naming it
 * (their deadlines skip the nationwide holidays only).
 */
export class DunningCourt1765830000000 implements MigrationInterface {
  name = 'DunningCourt1765830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE court_proceedings ADD COLUMN court text
        CHECK (court IN ('STUTTGART', 'COBURG', 'WEDDING', 'BREMEN', 'HAMBURG', 'HUENFELD', 'UELZEN', 'HAGEN',
                         'EUSKIRCHEN', 'MAYEN', 'ASCHERSLEBEN', 'SCHLESWIG'));
      COMMENT ON COLUMN court_proceedings.court IS
        'Central dunning court (ZPO 689(3)); its Land''s holidays count for the deadlines (ZPO 222(2)). Null: not named.';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE court_proceedings DROP COLUMN court;');
  }
}
