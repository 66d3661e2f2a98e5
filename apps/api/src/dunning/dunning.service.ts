import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FIRST_DUNNING_STAGE, STAGE_LABELS, calendarDateIn, computeBalance, defaultDateSetByDunning, dunningRunDateProblem, letterBlockers,
  nextDunningStep, openPrincipalCents, type DunningDecision, type IsoDate, type RateTables,
} from '@mahnwerk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AgreementsService } from '../agreements/agreements.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { Clock } from '../common/clock.js';
import { retryOnDeadlock } from '../common/retry-on-deadlock.js';
import { InterestRatesService } from '../interest-rates/interest-rates.service.js';
import { badInput } from '../common/errors.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { SupervisoryAuthoritiesService } from '../letters/supervisory-authorities.service.js';
import { MetricsService } from '../observability/metrics.service.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { DunningRunRepository, type StepsTaken } from './dunning-run.repository.js';
import { DunningStepRepository, type CaseMoney, type StepSnapshot } from './dunning-step.repository.js';
import { DunningRepository, type DunningRunRecord } from './dunning.repository.js';
import { DunningStrategiesService } from './dunning-strategies.service.js';
import { LetterWriterService } from './letter-writer.service.js';
import { feeLanguageOf, strategyOf, type Transition } from './transitions.js';

export type DunningRunResult = DunningRunRecord;

/** What a run of `asOf` would do, found by taking its steps in a transaction that is rolled back. */
export interface DunningPreview extends StepsTaken {
  asOf: IsoDate;
  /** The date's run is finished: a run changes nothing (all counts are 0). */
  alreadyRun: boolean;
  advanced: number;
  feesCharged: number;
  letters: number;
  emails: number;
  promisesBroken: number;
  /** Cases due for a letter that RDG 13a would hold. */
  lettersHeld: number;
  /** Fees charged, summed per currency. */
  feeTotals: { currency: string; amountCents: number }[];
}

/** Cases shown with their next step in a preview. */
export const PREVIEW_SAMPLE = 20;

const CHUNK = 50_000;
const PER_CASE_BATCH = 500;
/** At most this many held cases are recorded with their reasons per run. */
const HOLDS_RECORDED = 10_000;

/**
 * The dunning run: set-based, resumable and idempotent. A run exists once per date; a second call
 * for a finished date changes nothing, and a run that died part-way is completed by the next call,
 * each case stepped and each fee charged once.
 */
@Injectable()
export class DunningService {
  private readonly logger = new Logger(DunningService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: DunningRepository,
    private readonly runRepository: DunningRunRepository,
    private readonly steps: DunningStepRepository,
    private readonly strategies: DunningStrategiesService,
    private readonly letters: LetterWriterService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
    private readonly rates: InterestRatesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
    private readonly authorities: SupervisoryAuthoritiesService,
    private readonly agreements: AgreementsService,
  ) {}

  async run(asOf: string, actor: AuthUser | null, options: { chunk?: number } = {}): Promise<DunningRunResult> {
    await this.checkRunDate(asOf);
    // The run lock is held by a connection of its own for the whole run.
    const session = this.db.createQueryRunner();
    await session.connect();
    try {
      await this.repository.lockRuns(session);
      const run = await this.repository.openRun(asOf, actor?.id ?? null);
      if (run.status === 'DONE') return run;

      const transitions = await this.strategies.transitions(asOf);
      const feeBands = await this.strategies.feeBrackets(asOf);
      const timer = new PhaseTimer(this.metrics);
      // Promises broken and plans in default first: their cases' dunning resumes in this run.
      await this.breakPromises(run.id, asOf);
      timer.lap('promises broken');
      for (;;) {
        const advanced = await retryOnDeadlock(() => this.db.transaction(async (manager) => {
          await this.repository.stepsStateTheirCollector(manager);
          const step = await this.runRepository.stepCases(manager, run.id, asOf, transitions, options.chunk ?? CHUNK, feeBands);
          await this.letters.writeEmails(manager, step.mailIds);
          return step.advanced;
        }));
        if (advanced === 0) break;
      }
      timer.lap('set-based steps');
      await this.stepCaseByCase(run.id, asOf, transitions);
      timer.lap('case-by-case steps');
      await this.recordHolds(run.id, asOf, transitions);
      timer.lap('letters held');
      this.logger.log(`Dunning run ${asOf}: ${timer.summary()}`);
      await this.db.transaction(async (manager) => {
        const done = await this.repository.finishRun(manager, run.id);
        await this.audit.record(manager, {
          actorId: actor?.id ?? null, action: 'dunning.run', entity: 'dunning_run', entityId: run.id,
          after: {
            asOf, advanced: done.advanced, feesCharged: done.feesCharged, letters: done.letters, emails: done.emails,
            promisesBroken: done.promisesBroken,
          },
        });
        await this.events.publishIn(manager, { topic: 'kpis', payload: { creditorId: null } });
      });
      this.letters.wake();
      return this.repository.run(run.id);
    } finally {
      await this.repository.unlockRuns(session).catch(() => undefined);
      await session.release();
    }
  }

  async runs(limit = 30): Promise<DunningRunResult[]> {
    return this.repository.runs(limit);
  }

  /**
   * What run(asOf) would do, changing nothing: the run's own steps (promises broken, set-based and
   * case-by-case steps, fees, letters, e-mails) taken in one transaction under the run lock, counted,
   * and rolled back. Refuses the dates run() refuses.
   */
  async preview(asOf: string, sample = PREVIEW_SAMPLE): Promise<DunningPreview> {
    await this.checkRunDate(asOf);
    const session = this.db.createQueryRunner();
    await session.connect();
    try {
      await this.repository.lockRuns(session);
      await session.startTransaction();
      try {
        const manager = session.manager;
        const run = await this.repository.openRun(asOf, null, manager);
        const empty: DunningPreview = {
          asOf, alreadyRun: run.status === 'DONE', advanced: 0, feesCharged: 0, letters: 0, emails: 0, promisesBroken: 0,
          lettersHeld: 0, feeTotals: [], transitions: [], sample: [],
        };
        if (run.status === 'DONE') return empty;
        const lastStep = await this.runRepository.lastStepId(manager);
        const transitions = await this.strategies.transitions(asOf);
        const feeBands = await this.strategies.feeBrackets(asOf);
        await this.breakPromisesIn(manager, run.id, asOf);
        for (;;) {
          await this.repository.stepsStateTheirCollector(manager);
          const step = await this.runRepository.stepCases(manager, run.id, asOf, transitions, CHUNK, feeBands);
          await this.letters.writeEmails(manager, step.mailIds);
          if (step.advanced === 0) break;
        }
        await this.stepCaseByCase(run.id, asOf, transitions, manager);
        const held = await this.runRepository.heldLetterCases(asOf, transitions, HOLDS_RECORDED, manager);
        const taken = await this.runRepository.stepsTaken(manager, run.id, lastStep, sample);
        const after = await this.repository.run(run.id, manager);
        const totals = new Map<string, number>();
        for (const t of taken.transitions) if (t.feeCents > 0) totals.set(t.currency, (totals.get(t.currency) ?? 0) + t.feeCents);
        return {
          ...empty, ...taken,
          advanced: after.advanced - run.advanced, feesCharged: after.feesCharged - run.feesCharged,
          letters: after.letters - run.letters, emails: after.emails - run.emails,
          promisesBroken: after.promisesBroken - run.promisesBroken, lettersHeld: new Set(held.map((h) => h.caseId)).size,
          feeTotals: [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amountCents]) => ({ currency, amountCents })),
        };
      } finally {
        await session.rollbackTransaction();
      }
    } finally {
      await this.repository.unlockRuns(session).catch(() => undefined);
      await session.release();
    }
  }

  /** A run may be dated up to today in the dunning time zone and not before the last finished run (the domain's rule). */
  private async checkRunDate(asOf: string): Promise<void> {
    const today = calendarDateIn(this.clock.now(), this.config.dunningTimeZone);
    const problem = dunningRunDateProblem(asOf, today, await this.repository.lastFinishedAsOf());
    if (problem) throw badInput(problem, 'asOf');
  }

  /** The steps whose fee or condition depends on the case: the domain's nextDunningStep decides each. */
  private async stepCaseByCase(runId: string, asOf: IsoDate, transitions: readonly Transition[], preview?: EntityManager): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const ids = await this.runRepository.perCaseCandidates(asOf, transitions, PER_CASE_BATCH, after, preview);
      if (!ids.length) return;
      after = ids[ids.length - 1]!;
      for (const id of ids) {
        try {
          // A preview steps each case in a savepoint of its one transaction, as the run does in a transaction of its own.
          if (preview) await this.inSavepoint(preview, () => this.stepOneIn(preview, runId, asOf, id));
          else await this.db.transaction((manager) => this.stepOneIn(manager, runId, asOf, id));
        } catch (error) {
          // One case the domain cannot decide must not hold up every other case's dunning: it is
          // logged and tried again by the next run.
          this.logger.error(`Dunning run ${asOf}: case ${id} not stepped: ${(error as Error).message}`);
        }
      }
    }
  }

  /** Load the case's snapshot under its lock, let the domain decide, persist the step. */
  private async inSavepoint(manager: EntityManager, work: () => Promise<void>): Promise<void> {
    await this.repository.savepoint(manager, 'SET');
    try {
      await work();
      await this.repository.savepoint(manager, 'RELEASE');
    } catch (error) {
      await this.repository.savepoint(manager, 'ROLLBACK');
      throw error;
    }
  }

  private async stepOneIn(manager: EntityManager, runId: string, asOf: IsoDate, caseId: string): Promise<void> {
    const snapshot = await this.steps.lockStepSnapshot(manager, caseId);
    if (!snapshot || snapshot.stageEnteredOn >= asOf) return;
    // A case with legal is dunned only by its court dunning procedure (see PER_CASE_CANDIDATES).
    if (snapshot.status === 'LEGAL' && !snapshot.inCourt) return;
    const money = (await this.steps.moneyOfCases(manager, [caseId])).get(caseId)!;
    const decision = decideStep(snapshot, money, asOf, await this.rates.tables(manager));
    if (!decision.advance) return;
    // A letter step waits while the debtor's address is unknown (as in STEP_CASES).
    if (decision.channel === 'LETTER' && (await this.steps.addressUnknown(manager, caseId))) return;
    // ... and while RDG 13a's statements for a German consumer are missing (recordHolds says why).
    if (decision.channel === 'LETTER' && (await this.runRepository.letterHeld(manager, caseId, asOf))) return;

    const feeCents = decision.fees.reduce((sum, f) => sum + f.amountCents, 0);
    const step = await this.steps.insertStep(manager, {
      runId, caseId, fromStage: snapshot.stage, toStage: decision.toStage, channel: decision.channel, feeCents, steppedOn: asOf,
    });
    if (!step) return;
    await this.steps.addStageMove(manager, {
      caseId, day: asOf, fromStage: snapshot.stage, toStage: decision.toStage, collectorId: step.kpiCollectorId,
    });
    await this.steps.moveCase(manager, caseId, decision.toStage, asOf, feeCents);
    for (const fee of decision.fees) {
      // German agency costs carry their whole line in the letter's language (factor, reason, RVG table), as the set-based steps do.
      const label = fee.rule === 'DE_AGENCY_FEE' ? fee.label : `${fee.label}: ${fee.explanation}`;
      await this.steps.chargeFee(manager, caseId, {
        label, amountCents: fee.amountCents, chargedOn: asOf,
        // The agency's costs of legal pursuit: the balance credits the BGB 288(5) flat against them.
        collectionCost: fee.rule === 'DE_AGENCY_FEE',
      });
    }
    if (decision.toStage === FIRST_DUNNING_STAGE) {
      await this.steps.setDefaultDates(manager, defaultDatesSetBy(decision.paymentDeadline, snapshot, money));
    }
    const letters = decision.channel === 'LETTER' && (await this.steps.queueLetter(manager, runId, caseId, asOf)) ? 1 : 0;
    const mailId = decision.channel === 'EMAIL'
      ? await this.steps.queueEmail(manager, caseId, STAGE_LABELS[decision.toStage], decision.toStage)
      : null;
    if (mailId) await this.letters.writeEmails(manager, [mailId]);
    const emails = mailId ? 1 : 0;
    await this.steps.countStep(manager, runId, { fees: decision.fees.length, emails, letters });
  }

  /**
   * Records on the run why a due case did not get its letter: the domain's letterBlockers (RDG 13a:
   * contract subject and date, the supervisory authority in force on the run date).
   */
  private async recordHolds(runId: string, asOf: IsoDate, transitions: readonly Transition[]): Promise<void> {
    const held = await this.runRepository.heldLetterCases(asOf, transitions, HOLDS_RECORDED);
    if (held.length === 0) return;
    const authority = await this.authorities.inForceOn(asOf);
    const holds = held.flatMap((h) =>
      letterBlockers({ country: h.country, debtorKind: h.debtorKind, claims: h.claims, supervisoryAuthority: authority })
        .map((reason) => ({ caseId: h.caseId, reason })),
    );
    await this.db.transaction((manager) => this.runRepository.recordHolds(manager, runId, holds));
  }

  /** Broken promises raise their cases' priority as the domain's brokenPromiseEffect says, set-based. */
  private async breakPromises(runId: string, asOf: IsoDate): Promise<number> {
    return retryOnDeadlock(() => this.db.transaction((manager) => this.breakPromisesIn(manager, runId, asOf)));
  }

  private async breakPromisesIn(manager: EntityManager, runId: string, asOf: IsoDate): Promise<number> {
    await this.repository.promisesInReadModels(manager);
    const { broken, assigned } = await this.runRepository.breakPromises(manager, runId, asOf, this.config.promiseGraceDays, this.clock.now());
    for (const { caseId, collectorId } of assigned) {
      await this.events.publishIn(manager, { topic: 'queue', payload: { collectorId, caseId, kind: 'UPDATED' } });
    }
    // Terminverlust: plans with the creditor's number of missed installments are in default.
    await this.agreements.defaultPlans(manager);
    return broken;
  }
}

/**
 * The domain's next step for a case from its snapshot and money. The BGB 288(5) flat is credited
 * against the agency's costs in the balance (fees marked collection_cost), so the fee is charged
 * gross here: no `flatCompensationCents` for agencyFeeDE, or it would be credited twice.
 */
function decideStep(snapshot: StepSnapshot, money: CaseMoney, asOf: IsoDate, rateTables: RateTables): DunningDecision {
  const balance = computeBalance({
    country: snapshot.country, debtorKind: snapshot.debtorKind, currency: snapshot.currency, asOf,
    claims: money.claims.map((cl) => ({
      reference: cl.reference, principalCents: cl.principalCents, dueDate: cl.dueDate, defaultDate: cl.defaultDate,
      invoiceDate: cl.invoiceDate, claimKind: cl.claimKind, contractDate: cl.contractDate, dueDateFixed: cl.dueDateFixed, arisenOn: cl.arisenOn,
    })),
    fees: money.fees,
    payments: money.payments,
  }, { lineDetails: true, statutoryFlatFees: true, rateTables });
  // The claim value of agency costs is the principal still open (payments go to costs, interest, then principal).
  const openPrincipal = openPrincipalCents(balance);
  const court = snapshot.court;
  const strategy = strategyOf(snapshot.creditor);
  // Mahnwerk's reminders with a fee: steps into a stage whose fee is the Danish reminder fee.
  const reminderStages = new Set(strategy.stages.filter((s) => s.fee?.rule === 'DK_REMINDER_FEE').map((s) => s.stage));
  const claimArisenOn = money.claims.map((cl) => cl.invoiceDate).sort()[0];
  return nextDunningStep(
    {
      country: snapshot.country, debtorKind: snapshot.debtorKind, currency: snapshot.currency, stage: snapshot.stage,
      stageEnteredOn: snapshot.stageEnteredOn,
      // In the court procedure the case is with legal, and the procedure is its dunning.
      status: snapshot.status === 'LEGAL' ? 'OPEN' : snapshot.status,
      onHold: false,
      disputed: snapshot.disputed,
      remindersSent: snapshot.feeSteps.filter((s) => reminderStages.has(s.stage)).map((s) => ({ sentOn: s.on })),
      creditorRemindersSent: snapshot.creditorRemindersSent,
      placedOn: snapshot.placedOn,
      ...(claimArisenOn !== undefined ? { claimArisenOn } : {}),
      language: feeLanguageOf(snapshot.creditor),
      openCents: balance.totalCents,
      // Only ancillary claims left open: they are the claim value.
      principalCents: openPrincipal > 0 ? openPrincipal : Math.max(balance.totalCents, 1),
      court: court.orderServedOn
        ? {
            orderServedOn: court.orderServedOn, objectionFiled: court.objectionFiledOn !== null, court: court.court,
            enforcementOrderServedOn: court.enforcementServedOn,
            enforcementObjectionFiled: court.enforcementObjectionFiledOn !== null,
          }
        : null,
    },
    strategy,
    asOf,
  );
}

/** The default dates the first dunning letter sets on the case's claims (BGB 286(1)), as the domain decides. */
function defaultDatesSetBy(deadline: IsoDate, snapshot: StepSnapshot, money: CaseMoney): { claimId: string; defaultDate: IsoDate }[] {
  return money.claims.flatMap((claim) => {
    const date = defaultDateSetByDunning(claim, { country: snapshot.country, debtorKind: snapshot.debtorKind }, deadline);
    return date === null ? [] : [{ claimId: claim.id, defaultDate: date }];
  });
}

/** Wall-clock time per phase of a run, for the log line operators read. */
class PhaseTimer {
  private last = performance.now();
  private readonly laps: string[] = [];

  constructor(private readonly metrics: MetricsService) {}

  lap(name: string): void {
    const now = performance.now();
    this.metrics.dunningPhase(name, (now - this.last) / 1000);
    this.laps.push(`${name} ${((now - this.last) / 1000).toFixed(2)} s`);
    this.last = now;
  }

  summary(): string {
    return this.laps.join(', ');
  }
}
