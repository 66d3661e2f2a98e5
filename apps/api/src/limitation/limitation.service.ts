import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { addDays, fill } from '@mahnwerk/domain';
import type { AuthUser } from '../auth/current-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { CaseFiguresService } from '../cases/case-figures.service.js';
import { toCaseModel } from '../cases/case.mapper.js';
import type { CaseModel } from '../cases/case.model.js';
import { CasesRepository } from '../cases/cases.repository.js';
import { Clock } from '../common/clock.js';
import { badInput } from '../common/errors.js';
import { reportingDay } from '../common/reporting-day.js';
import { LIMITATION_API_TEXTS } from './limitation.i18n.js';
import { LimitationRepository } from './limitation.repository.js';

/** Longest look-ahead of the worklist: a little over three years, the regular period. */
export const MAX_WORKLIST_DAYS = 1200;
export const MAX_WORKLIST_CASES = 1000;
const BATCH = 1000;

/**
 * The limitation worklist: cases not closed (open, on hold, with legal) whose limitation ends within a number of days, soonest first,
 * read from the stored snapshot (`cases.limitation_date`). Snapshots still missing (cases from before
 * the column) are computed by the domain in batches at start-up and before each read; titled cases
 * whose stored date passed (the next year's interest, BGB 197(2)) and enforcement orders becoming
 * final are refreshed the same way on their day.
 */
@Injectable()
export class LimitationService implements OnApplicationBootstrap {
  private readonly logger = new Logger(LimitationService.name);
  private filling: Promise<number> | null = null;

  constructor(
    private readonly repository: LimitationRepository,
    private readonly figures: CaseFiguresService,
    private readonly cases: CasesRepository,
    private readonly access: CaseAccessService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    // In the background: a large database must not hold up the start.
    void this.fillPending().catch((e: Error) => this.logger.warn(`Limitation snapshots not filled: ${e.message}`));
  }

  /** Computes every missing or due limitation snapshot; one run at a time per instance. Returns how many. */
  fillPending(): Promise<number> {
    this.filling ??= (async () => {
      let total = 0;
      const seen = new Set<string>();
      try {
        for (;;) {
          // A case computed once in this run is not computed again (a creditor's day may lag the
          // reporting day); a batch with nothing new ends the run.
          const ids = (await this.repository.pendingCaseIds(reportingDay(this.clock.now()), BATCH)).filter((id) => !seen.has(id));
          if (ids.length === 0) return total;
          ids.forEach((id) => seen.add(id));
          total += await this.figures.refreshLimitations(ids);
        }
      } finally {
        this.filling = null;
      }
    })();
    return this.filling;
  }

  async worklist(user: AuthUser, days: number, limit: number): Promise<CaseModel[]> {
    if (!Number.isInteger(days) || days < 0 || days > MAX_WORKLIST_DAYS) {
      throw badInput(fill(LIMITATION_API_TEXTS.daysRange, { max: MAX_WORKLIST_DAYS }), 'days');
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_WORKLIST_CASES) {
      throw badInput(fill(LIMITATION_API_TEXTS.limitRange, { max: MAX_WORKLIST_CASES }), 'limit');
    }
    await this.fillPending();
    const today = reportingDay(this.clock.now());
    const scope = await this.access.creditorScope(user);
    const ids = await this.repository.worklist(today, addDays(today, days), scope, limit);
    const byId = new Map((await this.cases.casesByIds(ids)).map((c) => [c.id, c]));
    return ids.flatMap((id) => {
      const c = byId.get(id);
      return c ? [toCaseModel(c)] : [];
    });
  }
}
