import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_RATE_TABLES, calendarDateIn, dateText, fill, formatBasisPoints, mergeRateTables, parseRatePercent, publishedRateViolations,
  rateTableCurrentThrough, staleRateCountries, type Country, type IsoDate, type RateTables,
} from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { Clock } from '../common/clock.js';
import { badInput, conflict } from '../common/errors.js';
import type { Queryable } from '../database/queryable.js';
import type { AddInterestRateInput } from './dto/add-interest-rate.input.js';
import type { InterestRateModel, InterestRateTableStatusModel } from './interest-rate.model.js';
import { INTEREST_RATE_TEXTS } from './interest-rates.i18n.js';
import { InterestRatesRepository } from './interest-rates.repository.js';

const COUNTRIES: readonly Country[] = ['DE', 'DK'];

/** The reference-rate tables the balance uses: built-in rows merged with the rates admins added. */
@Injectable()
export class InterestRatesService {
  constructor(
    private readonly repository: InterestRatesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /**
   * The tables in force: one small statement (on `tx` inside a transaction). Not cached across
   * requests, so every instance uses a new rate at once; a GraphQL request reads it once through
   * CaseLoaders.rateTables.
   */
  async tables(tx?: Queryable): Promise<RateTables> {
    return mergeRateTables(await this.repository.stored(tx));
  }

  /** Every row of both tables, newest first per country, marked built-in or added. */
  async list(): Promise<InterestRateModel[]> {
    const stored = await this.repository.stored();
    const merged = mergeRateTables(stored);
    const added = new Map(stored.map((r) => [`${r.country}|${r.from}`, r]));
    return COUNTRIES.flatMap((country) =>
      [...merged[country]].reverse().map((row): InterestRateModel => {
        const a = added.get(`${country}|${row.from}`);
        return {
          country, from: row.from, ratePercent: row.ratePercent, builtIn: !a,
          source: a?.source ?? null, addedAt: a?.createdAt ?? null,
        };
      }),
    );
  }

  /** Per country: where the table ends and how many open cases accrue interest on it while stale. */
  async status(): Promise<InterestRateTableStatusModel[]> {
    const today: IsoDate = calendarDateIn(this.clock.now(), 'UTC');
    const tables = await this.tables();
    const stale = staleRateCountries(tables, today);
    const counts = await this.repository.openInterestCases(stale, today);
    return COUNTRIES.map((country) => ({
      country,
      endsOn: tables[country].at(-1)!.from,
      currentThrough: rateTableCurrentThrough(tables[country]),
      stale: stale.includes(country),
      staleCases: counts.get(country) ?? 0,
    }));
  }

  /** Adds a published rate (admin): checked by the domain, stored and audited in one transaction. */
  async add(user: AuthUser, input: AddInterestRateInput): Promise<InterestRateModel> {
    const country = input.country.trim().toUpperCase();
    if (!COUNTRIES.includes(country as Country)) throw badInput(fill(INTEREST_RATE_TEXTS.noTable, { country: input.country }), 'country');
    const from = input.from.trim();
    const source = input.source.trim();
    const problems = publishedRateViolations({ from, ratePercent: input.ratePercent });
    if (problems.length > 0) throw badInput(problems[0]!.texts, problems[0]!.field);
    if (source.length < 3) throw badInput(INTEREST_RATE_TEXTS.sourceTooShort, 'source');
    const ratePercent = formatBasisPoints(parseRatePercent(input.ratePercent));
    const builtIn = DEFAULT_RATE_TABLES[country as Country].find((r) => r.from === from) ?? null;
    return this.db.transaction(async (manager) => {
      const stored = await this.repository.insert(
        { country: country as Country, from, ratePercent, source, createdById: user.id }, manager,
      );
      if (!stored) throw conflict(fill(INTEREST_RATE_TEXTS.addedAlready, { country, from: dateText(from) }));
      await this.audit.record(manager, {
        actorId: user.id, action: 'interest-rate.create', entity: 'interest_rate', entityId: stored.id,
        before: builtIn ? { country, from, ratePercent: builtIn.ratePercent, builtIn: true } : null,
        after: { country, from, ratePercent, source },
      });
      return { country, from, ratePercent: stored.ratePercent, builtIn: false, source, addedAt: stored.createdAt };
    });
  }
}
