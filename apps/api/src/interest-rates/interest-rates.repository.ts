import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Country, IsoDate, PublishedRate } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

/** A rate an admin added, as stored. */
export interface StoredRateRecord extends PublishedRate {
  id: string;
  source: string;
  createdById: string;
  createdAt: Date;
}

interface StoredRateRow {
  id: string; country: string; valid_from: string; rate_percent: string; source: string; created_by: string; created_at: Date;
}

const toRecord = (r: StoredRateRow): StoredRateRecord => ({
  id: r.id, country: r.country as Country, from: r.valid_from, ratePercent: r.rate_percent, source: r.source,
  createdById: r.created_by, createdAt: r.created_at,
});

/** Every statement on interest_rates, and the count of cases a stale table touches. */
@Injectable()
export class InterestRatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The stored rates, by country and date. */
  async stored(tx: Queryable = this.db): Promise<StoredRateRecord[]> {
    const rows: StoredRateRow[] = await tx.query(
      `SELECT id, country, valid_from::text AS valid_from, rate_percent::text AS rate_percent, source, created_by, created_at
         FROM interest_rates ORDER BY country, valid_from`,
    );
    return rows.map(toRecord);
  }

  /** Adds a rate; null when the country has a stored rate for that date already. */
  async insert(
    rate: { country: Country; from: IsoDate; ratePercent: string; source: string; createdById: string },
    tx: Queryable,
  ): Promise<StoredRateRecord | null> {
    const rows: StoredRateRow[] = await tx.query(
      `INSERT INTO interest_rates (country, valid_from, rate_percent, source, created_by)
       VALUES ($1, $2::date, $3::numeric, $4, $5)
       ON CONFLICT (country, valid_from) DO NOTHING
       RETURNING id, country, valid_from::text AS valid_from, rate_percent::text AS rate_percent, source, created_by, created_at`,
      [rate.country, rate.from, rate.ratePercent, rate.source, rate.createdById],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /**
   * Open cases (OPEN or ON_HOLD) of creditors in the given countries with a claim past its due
   * date on `asOf`: the cases whose interest runs on a stale table (the domain names the
   * countries, staleRateCountries), per country.
   */
  async openInterestCases(countries: readonly Country[], asOf: IsoDate, tx: Queryable = this.db): Promise<Map<Country, number>> {
    const out = new Map<Country, number>();
    if (countries.length === 0) return out;
    const rows: { country: string; cases: string }[] = await tx.query(
      `SELECT cr.country, count(*)::text AS cases
         FROM cases c JOIN creditors cr ON cr.id = c.creditor_id
        WHERE cr.country = ANY($1::text[]) AND c.status IN ('OPEN', 'ON_HOLD')
          AND EXISTS (SELECT 1 FROM claims cl WHERE cl.case_id = c.id AND cl.due_date < $2::date)
        GROUP BY cr.country`,
      [countries, asOf],
    );
    for (const r of rows) out.set(r.country.trim() as Country, Number(r.cases));
    return out;
  }
}
