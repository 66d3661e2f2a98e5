import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dateText, fill, portalLetterCaption } from '@mahnwerk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { InterestRatesService } from '../interest-rates/interest-rates.service.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { LetterContent } from '../letters/letter-pdf.js';
import { LetterRenderPool } from '../letters/letter-render-pool.js';
import { SupervisoryAuthoritiesService } from '../letters/supervisory-authorities.service.js';
import { MessagesService } from '../messages/messages.service.js';
import { PortalLinksService } from '../portal/portal-links.service.js';
import { CaseLetterRepository } from './case-letter.repository.js';
import { composeCaseLetter, type CaseLetterFacts } from './compose-case-letter.js';
import { composeLetter, letterBalance, letterLanguage, type LetterCaseInput } from './compose-letter.js';
import { DunningStepRepository } from './dunning-step.repository.js';
import { DunningMailRepository, LetterWriterRepository, type PendingLetter } from './letter-writer.repository.js';
import { LETTER_WRITER_TEXTS as T } from './letter-writer.i18n.js';
import { strategyOf } from './transitions.js';

/** Letters per transaction: composed one after the other, then rendered at once on the render pool's workers. */
const BATCH = 32;
const IDLE_CHECK_MS = 30_000;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** A letter composed and waiting for its PDF. */
interface Composed {
  letter: PendingLetter;
  content: LetterContent & { deadline: string };
  lettered: { caseId: string }[];
  cases: number;
}

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
    private readonly repository: LetterWriterRepository,
    private readonly dunning: DunningStepRepository,
    private readonly mails: DunningMailRepository,
    private readonly clock: Clock,
    private readonly rates: InterestRatesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly authorities: SupervisoryAuthoritiesService,
    private readonly messages: MessagesService,
    private readonly renderer: LetterRenderPool,
    private readonly caseLetters: CaseLetterRepository,
    private readonly portalLinks: PortalLinksService,
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
        const pending = await this.repository.lockPending(manager, BATCH);
        const composed: Composed[] = [];
        for (const letter of pending) {
          const c = await this.compose(manager, letter);
          if (c) composed.push(c);
        }
        // Rendering is CPU work: all of the batch at once on the pool's worker threads.
        const pdfs = await Promise.allSettled(composed.map((c) => this.renderer.render(c.content, c.letter.createdAt)));
        for (const [i, c] of composed.entries()) {
          const pdf = pdfs[i]!;
          if (pdf.status === 'rejected') await this.repository.markFailed(manager, c.letter.id, (pdf.reason as Error).message);
          else await this.store(manager, c, pdf.value);
        }
        return pending.length;
      });
      written += batch;
      if (batch < BATCH || this.stopping) return written;
    }
  }

  /**
   * Writes the dunning e-mails a run just queued (in the run's transaction): each from its stage's
   * template in the debtor's language (messages/), with the payment block and the template version.
   */
  async writeEmails(manager: EntityManager, outboxIds: readonly string[]): Promise<void> {
    const mails = await this.mails.dunningMails(manager, outboxIds);
    await this.messages.renderDunningEmails(manager, mails.map((m) => ({ id: m.id, caseId: m.caseId, stage: m.toStage, writtenOn: m.steppedOn })));
  }

  /** What a letter says, or null when it cannot be written (then it is marked FAILED). */
  private async compose(manager: EntityManager, letter: PendingLetter): Promise<Composed | null> {
    const composed = letter.kind === 'DUNNING' ? await this.composeRunLetter(manager, letter) : await this.composeCaseLetter(manager, letter);
    // The debtor's portal link (a consolidated letter: the first case it is about), with its QR code.
    const caseId = composed?.lettered[0]?.caseId;
    if (composed && caseId) {
      const url = await this.portalLinks.issueForLetter(caseId, manager);
      const c = url ? await this.repository.caseOfLetter(manager, caseId) : null;
      if (url && c) composed.content.portal = { url, caption: portalLetterCaption(letterLanguage(c.creditor, c.debtor)) };
    }
    return composed;
  }

  /** A letter about one case: the confirmation of a plan, the answer to a rejected objection. */
  private async composeCaseLetter(manager: EntityManager, letter: PendingLetter): Promise<Composed | null> {
    try {
      const c = await this.repository.caseOfLetter(manager, letter.caseId!);
      if (!c) throw new Error('the case is gone');
      const facts = await this.caseLetterFacts(manager, letter);
      const { claims, fees, payments } = (await this.dunning.moneyOfCases(manager, [c.id])).get(c.id)!;
      const balance = letterBalance(c, { claims, fees, payments }, letter.writtenOn, await this.rates.tables(manager));
      const content = composeCaseLetter(c, claims, balance, facts, letter.writtenOn, this.config.agency);
      return { letter, content, lettered: [{ caseId: c.id }], cases: 1 };
    } catch (error) {
      await this.repository.markFailed(manager, letter.id, (error as Error).message);
      return null;
    }
  }

  private async caseLetterFacts(manager: EntityManager, letter: PendingLetter): Promise<CaseLetterFacts> {
    if (letter.kind === 'PLAN_CONFIRMATION') {
      const plan = await this.caseLetters.planFacts(manager, letter.subjectId!);
      if (!plan) throw new Error('the payment plan is gone');
      return { kind: 'PLAN_CONFIRMATION', plan };
    }
    const dispute = await this.caseLetters.rejectedDisputeFacts(manager, letter.subjectId!);
    if (!dispute) throw new Error('the dispute is not rejected');
    return { kind: 'DISPUTE_ANSWER', dispute };
  }

  /** A run's consolidated letter to a debtor for a creditor. */
  private async composeRunLetter(manager: EntityManager, letter: PendingLetter): Promise<Composed | null> {
    const steps = await this.repository.letterSteps(manager, letter);
    // Every open case of the debtor for the creditor, and a case in the court procedure that took
    // its letter step in this run (it is with legal, not open).
    const cases = await this.repository.casesOfLetter(manager, letter, steps.map((s) => s.caseId));
    const included = new Set(cases.map((c) => c.id));
    const lettered = steps.filter((s) => included.has(s.caseId));
    const money = await this.dunning.moneyOfCases(manager, cases.map((c) => c.id));
    const rateTables = await this.rates.tables(manager);
    const withBalances: LetterCaseInput[] = cases.map((c) => {
      const { claims, fees, payments } = money.get(c.id)!;
      return { case: c, claims, balance: letterBalance(c, { claims, fees, payments }, letter.writtenOn, rateTables) };
    });
    let content: ReturnType<typeof composeLetter>;
    try {
      if (!lettered.length) throw new Error('no case that took a letter step in this run is still open');
      const authority = await this.authorities.inForceOn(letter.writtenOn, manager);
      content = composeLetter(
        withBalances, lettered.map((s) => s.toStage), strategyOf(cases[0]!.creditor.strategy), letter.writtenOn, this.config.agency, authority,
      );
    } catch (error) {
      // A letter that cannot be written (say, no postal address) is set aside for a person to look at.
      await this.repository.markFailed(manager, letter.id, (error as Error).message);
      return null;
    }
    return { letter, content, lettered, cases: withBalances.length };
  }

  /** Stores a rendered letter and puts it on the timelines of the cases whose step it is. */
  private async store(manager: EntityManager, { letter, content, lettered, cases }: Composed, pdf: Buffer): Promise<void> {
    const json = JSON.stringify(content);
    await this.repository.markReady(manager, letter.id, { json, contentSha256: sha256(json), pdf, pdfSha256: sha256(pdf) });
    const sentAt = this.clock.now();
    for (const step of lettered) {
      await this.repository.addLetterActivity(manager, {
        caseId: step.caseId, letterId: letter.id, occurredAt: sentAt,
        note: letter.kind === 'DUNNING'
          ? fill(cases === 1 ? T.dunningSentOne : T.dunningSentOther, { title: content.title, count: cases, deadline: dateText(content.deadline) })
          : fill(T.caseLetterWritten, { title: content.title }),
      });
    }
  }
}
