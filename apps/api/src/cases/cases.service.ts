import { Injectable } from '@nestjs/common';
import { STAGE_LABEL_TEXTS, amountText, dateText, fill, isIsoDate, type Balance, type TextLanguage } from '@mahnwerk/domain';
import { CASE_TEXTS } from './cases.i18n.js';
import { TIMELINE_TEXTS } from './case-timeline.i18n.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { noteIn } from '../common/activity-note.js';
import { badInput } from '../common/errors.js';
import type { RequestLoaders } from '../common/request-loaders.js';
import { CaseAccessService } from './case-access.service.js';
import { caseBalance, CaseFiguresService } from './case-figures.service.js';
import { CaseLoaders } from './case-loaders.service.js';
import { toCaseModel, toCaseUserModel } from './case.mapper.js';
import type { ActivityModel, CaseModel, CasePageModel } from './case.model.js';
import { CasesRepository } from './cases.repository.js';
import type { CaseFilter, PageInput } from './dto/case-filter.input.js';

@Injectable()
export class CasesService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly access: CaseAccessService,
    private readonly figures: CaseFiguresService,
    private readonly loaders: CaseLoaders,
    private readonly audit: AuditService,
  ) {}

  async findOne(user: AuthUser, id: string): Promise<CaseModel> {
    return toCaseModel(await this.access.load(user, id));
  }

  /**
   * The case as its screen opens it, with the debtor's name, address and contacts: the read goes on
   * the audit trail (`debtor.read`, throttled per user and debtor; see AuditService.recordDebtorRead).
   */
  async open(user: AuthUser, id: string): Promise<CaseModel> {
    const c = await this.access.load(user, id);
    await this.audit.recordDebtorRead(user.id, { debtorId: c.debtorId, caseId: c.id, via: 'case' });
    return toCaseModel(c);
  }

  async list(user: AuthUser, filter: CaseFilter = {}, page: PageInput = { offset: 0, limit: 50 }): Promise<CasePageModel> {
    const scope = await this.access.creditorScope(user);
    const { items, totalCount } = await this.cases.listCases({ ...filter, creditorIds: scope }, page);
    return { items: items.map(toCaseModel), totalCount };
  }

  /**
   * The balance of a case the caller has loaded, as of `asOf` (default: today in the creditor's
   * zone), from the execution's batched claims, fees and payments. The caller's creditor scope is
   * checked again, as when the case was loaded.
   */
  async balance(loaders: RequestLoaders, user: AuthUser, c: CaseModel, asOf?: string | null): Promise<Balance> {
    if (asOf && !isIsoDate(asOf)) throw badInput(fill(CASE_TEXTS.asOfNotADate, { value: asOf }), 'asOf');
    this.access.assertInScope(c, await this.loaders.creditorScope(loaders, user));
    const subject = {
      id: c.id, currency: c.currency, creditor: { country: c.creditor.country as 'DE' | 'DK', timeZone: c.creditor.timeZone },
      debtor: { kind: c.debtor.kind === 'BUSINESS' ? 'business' as const : 'consumer' as const },
    };
    const inputs = await this.loaders.balanceInputs(loaders, c.id);
    // With the lines' details, which their explanations in German and Danish are built from (balanceLineTexts).
    return caseBalance(subject, inputs, asOf ?? this.figures.today(subject), { rateTables: await this.loaders.rateTables(loaders), lineDetails: true });
  }

  /**
   * The timeline: contacts, letters and notes, the dunning run's stage steps (kept in dunning_steps)
   * and the promises it found broken (kept in promises). What the system wrote reads in `language`
   * (a stored entry's note_texts, the steps and broken promises worded here); a person's words as written.
   */
  async activities(loaders: RequestLoaders, caseId: string, language: TextLanguage = 'en'): Promise<ActivityModel[]> {
    const { activities, steps, broken } = await this.loaders.timeline(loaders).load(caseId);
    const T = TIMELINE_TEXTS;
    const timeline: ActivityModel[] = [
      ...activities.map((a) => ({
        id: a.id, channel: a.channel, direction: a.direction, outcome: a.outcome, note: noteIn(a.note, a.noteTexts, language), occurredAt: a.occurredAt,
        actor: a.actor ? toCaseUserModel(a.actor) : null,
      })),
      ...steps.map((s) => ({
        id: `step-${s.id}`, channel: 'SYSTEM', direction: null, outcome: null, actor: null, occurredAt: s.createdAt,
        note: (s.feeCents > 0
          ? fill(T.dunningStepWithFee, { date: dateText(s.steppedOn), stage: STAGE_LABEL_TEXTS[s.toStage], fee: amountText(s.feeCents, s.currency) })
          : fill(T.dunningStep, { date: dateText(s.steppedOn), stage: STAGE_LABEL_TEXTS[s.toStage] }))[language],
      })),
      ...broken.map((p) => {
        const values = { amount: amountText(p.amountCents, p.currency), date: dateText(p.dueDate) };
        return {
          id: `broken-${p.id}`, channel: 'SYSTEM', direction: null, outcome: null, actor: null, occurredAt: p.resolvedAt,
          note: (p.installment === null ? fill(T.promiseBroken, values) : fill(T.installmentBroken, { ...values, n: p.installment }))[language],
        };
      }),
    ];
    return timeline.sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
  }
}
