import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addDays, addMonths, calendarDateIn, computeKpis, isIsoDate, startOfMonth, toReportingCents, type Kpis,
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

type PerCurrency = { currency: string; cents: string }[];

/**
 * KPIs straight from the case tables. Amounts are summed per currency and converted to the
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
    const scope = `($3::uuid IS NULL OR c.creditor_id = $3) AND ($4::uuid IS NULL OR c.last_assignee_id = $4)`;
    const params = [filter.from, filter.to, filter.creditorId ?? null, filter.collectorId ?? null];
    const today = calendarDateIn(this.clock.now(), REPORTING_TIME_ZONE);
    const [placed, placedCents, collected, recovered, durations, promises] = await Promise.all([
      this.db.query(
        `SELECT count(*)::int AS cases, count(*) FILTER (WHERE c.status = 'PAID')::int AS paid
           FROM cases c WHERE c.placed_at BETWEEN $1 AND $2 AND ${scope}`,
        params,
      ),
      this.db.query(
        `SELECT c.currency, sum(cl.principal_cents)::bigint AS cents
           FROM cases c JOIN claims cl ON cl.case_id = c.id
          WHERE c.placed_at BETWEEN $1 AND $2 AND ${scope} GROUP BY c.currency`,
        params,
      ),
      this.db.query(
        `SELECT c.currency, sum(p.amount_cents)::bigint AS cents
           FROM cases c JOIN payments p ON p.case_id = c.id
          WHERE c.placed_at BETWEEN $1 AND $2 AND ${scope} GROUP BY c.currency`,
        params,
      ),
      this.db.query(
        `SELECT c.currency, sum(p.amount_cents)::bigint AS cents
           FROM payments p JOIN cases c ON c.id = p.case_id
          WHERE p.received_at BETWEEN $1 AND $2 AND ${scope} GROUP BY c.currency`,
        params,
      ),
      this.db.query(
        `SELECT (c.paid_at AT TIME ZONE 'UTC')::date - c.placed_at AS days
           FROM cases c
          WHERE c.status = 'PAID' AND (c.paid_at AT TIME ZONE 'UTC')::date BETWEEN $1 AND $2 AND ${scope}`,
        params,
      ),
      this.db.query(
        `SELECT count(*) FILTER (WHERE p.status = 'KEPT')::int AS kept,
                count(*) FILTER (WHERE p.status = 'BROKEN' OR (p.status = 'OPEN' AND p.due_date < $5 AND c.status <> 'PAID'))::int AS broken
           FROM promises p JOIN cases c ON c.id = p.case_id
          WHERE p.due_date BETWEEN $1 AND $2 AND ${scope}`,
        [...params, today],
      ),
    ]);
    return computeKpis({
      casesPlaced: placed[0].cases,
      casesPlacedPaidInFull: placed[0].paid,
      placedCents: reporting(placedCents),
      collectedOnPlacedCents: reporting(collected),
      recoveredCents: reporting(recovered),
      dunningDurationsDays: durations.map((d: { days: number }) => Number(d.days)),
      promisesKept: promises[0].kept,
      promisesBroken: promises[0].broken,
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

function reporting(rows: PerCurrency): number {
  return rows.reduce((sum, r) => sum + toReportingCents(Number(r.cents), r.currency), 0);
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
