import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The central dunning court of a court dunning procedure (ZPO 689(3)). Its Land's public holidays
 * end no period of the procedure (ZPO 222(2)); null for procedures recorded without naming it
 * (their deadlines skip the nationwide holidays only).
 *
 * A fee that is an agency's cost of legal pursuit (`fees.collection_cost`): the balance credits the
 * BGB 288(5) flat compensation against it (sentence 3). Existing German agency fees are found by
 * the label the dunning run gives them.
 */
export class CourtLandAndFlatCredit1765830000000 implements MigrationInterface {
  name = 'CourtLandAndFlatCredit1765830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE court_proceedings ADD COLUMN court text
        CHECK (court IN ('STUTTGART', 'COBURG', 'WEDDING', 'BREMEN', 'HAMBURG', 'HUENFELD', 'UELZEN', 'HAGEN',
                         'EUSKIRCHEN', 'MAYEN', 'ASCHERSLEBEN', 'SCHLESWIG'));
      COMMENT ON COLUMN court_proceedings.court IS
        'Central dunning court (ZPO 689(3)); its Land''s holidays count for the deadlines (ZPO 222(2)). Null: not named.';
      ALTER TABLE fees ADD COLUMN collection_cost boolean NOT NULL DEFAULT false;
      COMMENT ON COLUMN fees.collection_cost IS
        'An agency''s (or lawyer''s) cost of legal pursuit: the BGB 288(5) flat compensation is credited against it (sentence 3).';
      UPDATE fees SET collection_cost = true WHERE label LIKE 'Inkassokosten (RDG 13e%';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE court_proceedings DROP COLUMN court; ALTER TABLE fees DROP COLUMN collection_cost;');
  }
}
