import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BROKEN_PROMISES_CAP, DEFAULT_PRIORITY_WEIGHTS, STAGE_LABELS, isIsoDate, nextDunningStep, openPrincipalCents,
} from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { CaseFiguresService } from '../cases/case-figures.service.js';
import { caseQuery } from '../cases/case-query.js';
import { badInput } from '../common/errors.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { MetricsService } from '../observability/metrics.service.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { BREAK_PROMISES, PER_CASE_CANDIDATES, STEP_CASES } from './dunning-transitions.sql.js';
import { strategyOf } from './transitions.js';
import { DunningStrategiesService } from './dunning-strategies.service.js';
import { LetterWriterService } from './letter-writer.service.js';

export interface DunningRunResult {
  id: string;
  asOf: string;
  status: 'RUNNING' | 'DONE';
  advanced: number;
  feesCharged: number;
  letters: number;
  emails: number;
  promisesBroken: number;
  startedAt: Date;
  finishedAt: Date | null;
}

const CHUNK = 50_000;
const RUN_LOCK = 'mahnwerk:dunning-run';

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
    private readonly strategies: DunningStrategiesService,
    private readonly letters: LetterWriterService,
    private readonly figures: CaseFiguresService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  async run(asOf: string, actor: AuthUser | null, options: { chunk?: number } = {}): Promise<DunningRunResult> {
    if (!isIsoDate(asOf)) throw badInput(`asOf ${asOf} is not a date (YYYY-MM-DD).`, 'asOf');
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      // One run at a time across every API instance.
      await runner.query('SELECT pg_advisory_lock(hashtext($1))', [RUN_LOCK]);
      const run = await this.openRun(asOf, actor);
      if (run.status === 'DONE') return run;

      const transitions = JSON.stringify(await this.strategies.transitions(asOf));
      const feeBands = JSON.stringify(await this.strategies.feeBrackets(asOf));
      const timer = new PhaseTimer(this.metrics);
      for (;;) {
        const advanced = await this.db.transaction(async (manager) => {
          // The steps state their collector, a NULL one included: the events trigger looks up none.
          await manager.query(`SELECT set_config('mahnwerk.event_collectors_given', 'on', true)`);
          const [row] = await manager.query(STEP_CASES, [run.id, asOf, transitions, options.chunk ?? CHUNK, feeBands]);
          return row.advanced as number;
        });
        if (advanced === 0) break;
      }
      timer.lap('set-based steps');
      await this.stepCaseByCase(run.id, asOf, transitions);
      timer.lap('case-by-case steps');
      await this.breakPromises(run.id, asOf);
      timer.lap('promises broken');
      this.logger.log(`Dunning run ${asOf}: ${timer.summary()}`);
      await this.db.transaction(async (manager) => {
        await manager.query(`UPDATE dunning_runs SET status = 'DONE', finished_at = now() WHERE id = $1`, [run.id]);
        const [done] = await manager.query('SELECT * FROM dunning_runs WHERE id = $1', [run.id]);
        await this.audit.record(manager, {
          actorId: actor?.id ?? null, action: 'dunning.run', entity: 'dunning_run', entityId: run.id,
          after: { asOf, advanced: done.advanced, feesCharged: done.fees_charged, letters: done.letters, emails: done.emails, promisesBroken: done.promises_broken },
        });
        await this.events.publishIn(manager, { topic: 'kpis', payload: { creditorId: null } });
      });
      this.letters.wake();
      return this.load(run.id);
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [RUN_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }

  async runs(limit = 30): Promise<DunningRunResult[]> {
    const rows = await this.db.query('SELECT * FROM dunning_runs ORDER BY as_of DESC LIMIT $1', [limit]);
    return rows.map(toRun);
  }

  /** The steps whose fee or condition depends on the case: the domain's nextDunningStep decides each. */
  private async stepCaseByCase(runId: string, asOf: string, transitions: string): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string }[] = await this.db.query(PER_CASE_CANDIDATES, [asOf, transitions, 500, after]);
      if (!rows.length) return;
      after = rows[rows.length - 1]!.id;
      for (const { id } of rows) {
        try {
          await this.stepOne(runId, asOf, id);
        } catch (error) {
          // One case the domain cannot decide must not hold up every other case's dunning: it is
          // logged and tried again by the next run.
          this.logger.error(`Dunning run ${asOf}: case ${id} not stepped: ${(error as Error).message}`);
        }
      }
    }
  }

  private async stepOne(runId: string, asOf: string, caseId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const [locked] = await manager.query(
        `SELECT c.stage_entered_on, c.status, cr.id AS creditor_id, cr.country, cr.dunning_strategy,
                EXISTS (SELECT 1 FROM court_proceedings p WHERE p.case_id = c.id) AS in_court
           FROM cases c JOIN creditors cr ON cr.id = c.creditor_id
          WHERE c.id = $1 AND c.status IN ('OPEN', 'LEGAL') FOR UPDATE OF c`,
        [caseId],
      );
      if (!locked || locked.stage_entered_on >= asOf) return;
      // A case with legal is dunned only by its court dunning procedure (see PER_CASE_CANDIDATES).
      if (locked.status === 'LEGAL' && !locked.in_court) return;
      const c = await caseQuery(manager).where('c.id = :caseId', { caseId }).getOneOrFail();
      const balance = await this.figures.balance(manager, c, asOf, { lineDetails: true });
      // The claim value of agency costs is the principal still open (payments go to costs, interest, then principal).
      const openPrincipal = openPrincipalCents(balance);
      const [court] = await manager.query(
        `SELECT order_served_on, objection_filed_on, enforcement_served_on, enforcement_objection_filed_on
           FROM court_proceedings WHERE case_id = $1`,
        [caseId],
      );
      const decision = nextDunningStep(
        {
          country: c.creditor.country, debtorKind: c.debtor.kind, currency: c.currency, stage: c.stage,
          stageEnteredOn: c.stageEnteredOn,
          // In the court procedure the case is with legal, and the procedure is its dunning.
          status: c.status === 'LEGAL' ? 'OPEN' : c.status,
          onHold: false, remindersSent: [],
          openCents: balance.totalCents,
          // Only ancillary claims left open: they are the claim value.
          principalCents: openPrincipal > 0 ? openPrincipal : Math.max(balance.totalCents, 1),
          court: court?.order_served_on
            ? {
                orderServedOn: court.order_served_on, objectionFiled: court.objection_filed_on !== null,
                enforcementOrderServedOn: court.enforcement_served_on,
                enforcementObjectionFiled: court.enforcement_objection_filed_on !== null,
              }
            : null,
        },
        strategyOf(locked),
        asOf,
      );
      if (!decision.advance) return;
      const feeCents = decision.fees.reduce((sum, f) => sum + f.amountCents, 0);
      // The step is credited to the collector holding the case now, as is its stage move.
      const [step] = await manager.query(
        `INSERT INTO dunning_steps (run_id, case_id, from_stage, to_stage, channel, fee_cents, stepped_on, kpi_collector_id)
         SELECT $1::uuid, c.id, $3::text, $4::text, $5::text, $6::bigint, $7::date, c.last_assignee_id FROM cases c WHERE c.id = $2
         ON CONFLICT (case_id, to_stage) DO NOTHING RETURNING id, kpi_collector_id`,
        [runId, caseId, c.stage, decision.toStage, decision.channel, feeCents, asOf],
      );
      if (!step) return;
      await manager.query(
        `INSERT INTO kpi_stage_moves AS k (day, creditor_id, currency, collector_id, from_stage, to_stage, cases)
         SELECT $2, c.creditor_id, c.currency, $5::uuid, $3, $4, 1 FROM cases c WHERE c.id = $1
         ON CONFLICT ON CONSTRAINT kpi_stage_moves_key DO UPDATE SET cases = k.cases + 1`,
        [caseId, asOf, c.stage, decision.toStage, step.kpi_collector_id],
      );
      await manager.query(
        `UPDATE cases SET stage = $2, stage_entered_on = $3, version = version + 1, updated_at = now(),
                open_cents = open_cents + $4 WHERE id = $1`,
        [caseId, decision.toStage, asOf, feeCents],
      );
      for (const fee of decision.fees) {
        await manager.query('INSERT INTO fees (case_id, label, amount_cents, charged_on) VALUES ($1, $2, $3, $4)', [
          caseId, `${fee.label}: ${fee.explanation}`, fee.amountCents, asOf,
        ]);
      }
      let emails = 0;
      let letters = 0;
      if (decision.channel === 'LETTER') {
        const queued = await manager.query(
          `INSERT INTO letters (run_id, debtor_id, creditor_id, written_on)
           SELECT $1, c.debtor_id, c.creditor_id, $3 FROM cases c WHERE c.id = $2
           ON CONFLICT (run_id, debtor_id, creditor_id) DO NOTHING RETURNING id`,
          [runId, caseId, asOf],
        );
        letters = queued.length;
      }
      if (decision.channel === 'EMAIL') {
        const mailed = await manager.query(
          `INSERT INTO outbox (kind, case_id, to_address, subject, body, dedupe_key)
           SELECT 'EMAIL', c.id, d.email, $2, 'Dunning notice for case ' || c.id, 'dunning:' || c.id || ':' || $3
             FROM cases c JOIN debtors d ON d.id = c.debtor_id WHERE c.id = $1 AND d.email IS NOT NULL
           ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
          [caseId, STAGE_LABELS[decision.toStage], decision.toStage],
        );
        emails = mailed.length;
      }
      await manager.query(
        `UPDATE dunning_runs SET advanced = advanced + 1, fees_charged = fees_charged + $2, emails = emails + $3,
                letters = letters + $4 WHERE id = $1`,
        [runId, decision.fees.length, emails, letters],
      );
    });
  }

  private async openRun(asOf: string, actor: AuthUser | null): Promise<DunningRunResult> {
    await this.db.query(
      'INSERT INTO dunning_runs (as_of, started_by) VALUES ($1, $2) ON CONFLICT (as_of) DO NOTHING',
      [asOf, actor?.id ?? null],
    );
    const [row] = await this.db.query('SELECT * FROM dunning_runs WHERE as_of = $1', [asOf]);
    return toRun(row);
  }

  private async load(id: string): Promise<DunningRunResult> {
    const [row] = await this.db.query('SELECT * FROM dunning_runs WHERE id = $1', [id]);
    return toRun(row);
  }

  /** Broken promises raise their cases' priority: recomputed by the domain, case by case (they are few). */
  private async breakPromises(runId: string, asOf: string): Promise<number> {
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT set_config('mahnwerk.promises_in_read_models', 'on', true)`);
      const [{ broken, assigned }] = await manager.query(BREAK_PROMISES, [
        asOf, this.config.promiseGraceDays, runId, DEFAULT_PRIORITY_WEIGHTS.brokenPromises, BROKEN_PROMISES_CAP,
      ]);
      for (const { caseId, collectorId } of assigned as { caseId: string; collectorId: string }[]) {
        await this.events.publishIn(manager, { topic: 'queue', payload: { collectorId, caseId, kind: 'UPDATED' } });
      }
      return broken as number;
    });
  }

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

function toRun(row: Record<string, any>): DunningRunResult {
  return {
    id: row.id, asOf: row.as_of, status: row.status, advanced: row.advanced, feesCharged: row.fees_charged,
    letters: row.letters, emails: row.emails, promisesBroken: row.promises_broken,
    startedAt: row.started_at, finishedAt: row.finished_at,
  };
}
