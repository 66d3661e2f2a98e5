import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addDays, addMonths, calendarDateIn, computeKpis, isIsoDate, startOfMonth, toReportingCents, type DurationCount, type Kpis,
} from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';
import { Clock } from '../common/clock.js';
import { badInput } from '../common/errors.js';
import { UsersService } from '../users/users.service.js';
import type { KpiFilter } from './dto/kpi-filter.input.js';
import type { CollectorKpisModel, KpiPointModel } from './kpis.model.js';

const MAX_PERIOD_DAYS = 3 * 366;
const REPORTING_TIME_ZONE = 'Europe/Berlin';

interface CohortRow {
  currency: string;
  cases: number;
  paid: number;
  placed: string | number;
  collected: string | number;
}
interface DailyRow {
  currency: string;
  recovered: string | number;
  kept: number;
  broken: number;
}

/**
 * KPIs from the read models (kpi_cohort, kpi_daily, kpi_duration), which database triggers keep
 * in the transaction of every change to the raw tables; `npm run kpi:rebuild` recomputes them. Amounts are summed per currency and converted to the
 * reporting currency by the domain, so EUR and DKK portfolios can be compared.
 */
@Injectable()
export class AnalyticsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  async kpis(filter: KpiFilter): Promise<Kpis> {
    validatePeriod(filter);
    const scope = `($3::uuid IS NULL OR creditor_id = $3) AND ($4::uuid IS NULL OR collector_id = $4)`;
    const params = [filter.from, filter.to, filter.creditorId ?? null, filter.collectorId ?? null];
    const today = calendarDateIn(this.clock.now(), REPORTING_TIME_ZONE);
    const [cohort, daily, durations] = await Promise.all([
      this.db.query<CohortRow[]>(
        `SELECT currency, sum(cases_placed)::int AS cases, sum(cases_paid)::int AS paid,
                sum(placed_cents)::bigint AS placed, sum(collected_cents)::bigint AS collected
           FROM kpi_cohort WHERE placed_on BETWEEN $1 AND $2 AND ${scope} GROUP BY currency`,
        params,
      ),
      // A promise still open on an unpaid case counts as broken once its due day is past.
      this.db.query<DailyRow[]>(
        `SELECT currency, sum(recovered_cents)::bigint AS recovered, sum(promises_kept)::int AS kept,
                sum(promises_broken + CASE WHEN day < $5 THEN promises_open ELSE 0 END)::int AS broken
           FROM kpi_daily WHERE day BETWEEN $1 AND $2 AND ${scope} GROUP BY currency`,
        [...params, today],
      ),
      this.db.query<DurationCount[]>(
        `SELECT days, sum(cases)::int AS cases FROM kpi_duration WHERE day BETWEEN $1 AND $2 AND ${scope} GROUP BY days`,
        params,
      ),
    ]);
    const total = (rows: { cases?: number; paid?: number; kept?: number; broken?: number }[], key: 'cases' | 'paid' | 'kept' | 'broken') =>
      rows.reduce((sum, r) => sum + Number(r[key] ?? 0), 0);
    return computeKpis({
      casesPlaced: total(cohort, 'cases'),
      casesPlacedPaidInFull: total(cohort, 'paid'),
      placedCents: reporting(cohort, 'placed'),
      collectedOnPlacedCents: reporting(cohort, 'collected'),
      recoveredCents: reporting(daily, 'recovered'),
      dunningDurations: durations.map((d) => ({ days: Number(d.days), cases: Number(d.cases) })),
      promisesKept: total(daily, 'kept'),
      promisesBroken: total(daily, 'broken'),
    });
  }

  /** One point per calendar month that overlaps the period, each clipped to the period. */
  async series(filter: KpiFilter): Promise<KpiPointModel[]> {
    validatePeriod(filter);
    const months: { from: string; to: string }[] = [];
    for (let start = startOfMonth(filter.from); start <= filter.to; start = addMonths(start, 1)) {
      const end = addDays(addMonths(start, 1), -1);
      months.push({ from: start < filter.from ? filter.from : start, to: end > filter.to ? filter.to : end });
    }
    return Promise.all(
      months.map(async (m) => ({ periodStart: startOfMonth(m.from), kpis: await this.kpis({ ...filter, ...m }) })),
    );
  }

  async byCollector(user: AuthUser, filter: KpiFilter): Promise<CollectorKpisModel[]> {
    validatePeriod(filter);
    const collectors = await this.users.collectors(user);
    return Promise.all(
      collectors.map(async (collector) => ({ collector, kpis: await this.kpis({ ...filter, collectorId: collector.id }) })),
    );
  }
}

/** Sums one amount column per currency, each converted to the reporting currency. */
function reporting<K extends string>(rows: ({ currency: string } & Record<K, string | number | null>)[], key: K): number {
  return rows.reduce((sum, r) => sum + toReportingCents(Number(r[key] ?? 0), r.currency), 0);
}

/** A period the KPI queries accept: real dates, from <= to, at most three years; else BAD_USER_INPUT. */
export function validatePeriod(filter: KpiFilter): void {
  for (const key of ['from', 'to'] as const) {
    if (!isIsoDate(filter[key])) throw badInput(`${key} must be a date (YYYY-MM-DD).`, key);
  }
  if (filter.from > filter.to) throw badInput(`The period starts (${filter.from}) after it ends (${filter.to}).`, 'from');
  if (addDays(filter.from, MAX_PERIOD_DAYS) < filter.to) {
    throw badInput('Choose a period of at most three years.', 'to');
  }
}
