import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseFiguresService } from '../cases/case-figures.service.js';
import { caseQuery } from '../cases/case-query.js';
import { renderLetterPdf } from '../letters/letter-pdf.js';
import { ClaimEntity } from '../cases/claim.entity.js';
import { composeLetter, type LetterCaseInput } from './compose-letter.js';
import { strategyOf } from './transitions.js';

const BATCH = 20;
const IDLE_CHECK_MS = 30_000;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * Writes the letters a finished dunning run queued: one consolidated letter per debtor and creditor with
 * all their open cases. Content and PDF are stored once with their hashes and never change; each
 * case's timeline gets a LETTER activity pointing at it. Several instances share the work safely.
 */
@Injectable()
export class LetterWriterService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(LetterWriterService.name);
  private timer: NodeJS.Timeout | undefined;
  private busy: Promise<number> | null = null;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly figures: CaseFiguresService,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => this.wake(), IDLE_CHECK_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    // Finish the batch under way (its transaction), leave the rest for the next start.
    this.stopping = true;
    await this.busy?.catch(() => undefined);
  }

  wake(): void {
    if (this.busy || this.stopping) return;
    this.busy = this.writeAll()
      .catch((error: Error) => {
        this.logger.error(`Letter writing stopped: ${error.message}`);
        return 0;
      })
      .finally(() => {
        this.busy = null;
      });
  }

  /** Writes pending letters until none is left; returns how many. */
  async writeAll(): Promise<number> {
    let written = 0;
    for (;;) {
      const batch = await this.db.transaction(async (manager) => {
        const pending: { id: string; debtor_id: string; creditor_id: string; run_id: string; written_on: string; created_at: Date }[] =
          await manager.query(
            // Only once its run is done: a debtor's other cases may still be stepped until then.
            `SELECT l.id, l.debtor_id, l.creditor_id, l.run_id, l.written_on, l.created_at FROM letters l
              WHERE l.status = 'PENDING' AND EXISTS (SELECT 1 FROM dunning_runs r WHERE r.id = l.run_id AND r.status = 'DONE')
              ORDER BY l.created_at, l.id LIMIT $1 FOR UPDATE OF l SKIP LOCKED`,
            [BATCH],
          );
        for (const letter of pending) await this.write(manager, letter);
        return pending.length;
      });
      written += batch;
      if (batch < BATCH || this.stopping) return written;
    }
  }

  private async write(
    manager: EntityManager,
    letter: { id: string; debtor_id: string; creditor_id: string; run_id: string; written_on: string; created_at: Date },
  ): Promise<void> {
    const steps: { case_id: string; to_stage: string; channel: string }[] = await manager.query(
      `SELECT s.case_id, s.to_stage, s.channel FROM dunning_steps s JOIN cases c ON c.id = s.case_id
        WHERE s.run_id = $1 AND c.debtor_id = $2 AND c.creditor_id = $3 AND s.channel = 'LETTER'`,
      [letter.run_id, letter.debtor_id, letter.creditor_id],
    );
    // Every open case of the debtor for the creditor, and a case in the court procedure that took
    // its letter step in this run (it is with legal, not open).
    const cases = await caseQuery(manager)
      .where('c.debtorId = :debtor AND c.creditorId = :creditor', { debtor: letter.debtor_id, creditor: letter.creditor_id })
      .andWhere("(c.status = 'OPEN' OR (c.status = 'LEGAL' AND c.id = ANY(:stepped)))", { stepped: steps.map((s) => s.case_id) })
      .orderBy('c.placedAt')
      .addOrderBy('c.id')
      .getMany();
    const included = new Set(cases.map((c) => c.id));
    const lettered = steps.filter((s) => included.has(s.case_id));
    const withBalances: LetterCaseInput[] = [];
    for (const c of cases) {
      withBalances.push({
        case: c,
        claims: await manager.find(ClaimEntity, { where: { caseId: c.id }, order: { dueDate: 'ASC' } }),
        balance: await this.figures.balance(manager, c, letter.written_on, { lineDetails: true }),
      });
    }
    const [creditor] = await manager.query('SELECT id, country, dunning_strategy FROM creditors WHERE id = $1', [letter.creditor_id]);
    let content: ReturnType<typeof composeLetter>;
    let pdf: Buffer;
    try {
      if (!lettered.length) throw new Error('no case that took a letter step in this run is still open');
      content = composeLetter(withBalances, lettered.map((s) => s.to_stage), strategyOf(creditor), letter.written_on);
      pdf = await renderLetterPdf(content, letter.created_at);
    } catch (error) {
      // A letter that cannot be written (say, no postal address) is set aside for a person to look at.
      await manager.query(`UPDATE letters SET status = 'FAILED', error = $2 WHERE id = $1`, [letter.id, (error as Error).message]);
      return;
    }
    // Stored as json (the text exactly as written), so sha256(content::text) checks the hash.
    const json = JSON.stringify(content);
    await manager.query(
      `UPDATE letters SET status = 'READY', content = $2::json, content_sha256 = $3, pdf = $4, pdf_sha256 = $5, ready_at = now()
        WHERE id = $1`,
      [letter.id, json, sha256(json), pdf, sha256(pdf)],
    );
    for (const step of lettered) {
      await manager.query(
        `INSERT INTO activities (case_id, channel, note, occurred_at, letter_id) VALUES ($1, 'LETTER', $2, now(), $3)`,
        [step.case_id, `${content.title} sent by post (${withBalances.length} case${withBalances.length === 1 ? '' : 's'}, payment due by ${content.deadline})`, letter.id],
      );
    }
  }
}
