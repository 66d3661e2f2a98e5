import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  calendarDateIn, CONTACT_POLICY_TEXTS, dunningStageRef, fill, localDateTimeText, MESSAGE_LANGUAGES, templateProblems, type DunningStage, type IsoDate, type LetterLanguage, type MessageChannel,
  type TextLanguage,
} from '@mahnwerk/domain';
import { MESSAGE_API_TEXTS as T } from './messages.i18n.js';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import type { CaseRecord } from '../cases/cases.repository.js';
import { ContactPolicyService, type ContactSubject } from '../cases/contact-policy.service.js';
import { Clock } from '../common/clock.js';
import { AppError, badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { caseChangeEvents } from '../realtime/case-events.js';
import { PortalLinksService } from '../portal/portal-links.service.js';
import { PrivacyRepository } from '../privacy/privacy.repository.js';
import { composeMessage, languageOfCase, usesPortalLink } from './compose-message.js';
import { MessagesRepository, type CaseMessageRecord, type MessageCase, type TemplateRecord } from './messages.repository.js';

/** A message rendered for a case, not sent. */
export interface MessagePreview {
  channel: MessageChannel;
  stage: DunningStage;
  language: LetterLanguage;
  templateVersion: number | null;
  to: string | null;
  subject: string;
  body: string;
  /** The contact policy's answer for this channel now. */
  allowed: boolean;
  refusal: string | null;
  nextAllowedAt: Date | null;
}

export interface TemplateKey {
  channel: MessageChannel;
  stage: DunningStage;
  language: LetterLanguage;
}

const CLOSED = ['PAID', 'UNCOLLECTIBLE'];

/**
 * E-mail and SMS templates (versioned; admins edit) and messages about a case: previewed with the
 * case's real figures, sent by a collector through the outbox (guarded by the contact policy), and
 * the dunning run's e-mails rendered from the stage's template in the debtor's language.
 */
@Injectable()
export class MessagesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: MessagesRepository,
    private readonly access: CaseAccessService,
    private readonly contactPolicy: ContactPolicyService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly portalLinks: PortalLinksService,
    private readonly privacy: PrivacyRepository,
  ) {}

  templates(): Promise<TemplateRecord[]> {
    return this.repository.currentTemplates();
  }

  versions(key: TemplateKey): Promise<TemplateRecord[]> {
    assertLanguage(key.language);
    return this.repository.versions(key);
  }

  /** Saves an admin's edit as the template's next version (the earlier ones stay, sent messages name theirs). */
  async updateTemplate(user: AuthUser, input: TemplateKey & { subject: string; body: string }): Promise<TemplateRecord> {
    assertLanguage(input.language);
    const subject = input.channel === 'SMS' ? '' : input.subject.trim();
    const body = input.body.replace(/\r\n/g, '\n').trim();
    const [problem] = templateProblems({ channel: input.channel, subject, body });
    if (problem) throw badInput(problem.text, problem.field);
    return this.db.transaction(async (manager) => {
      const id = await this.repository.addVersion({ ...input, subject, body, createdBy: user.id }, manager);
      const saved = (await this.repository.templateById(id, manager))!;
      await this.audit.record(manager, {
        actorId: user.id, action: 'message-template.update', entity: 'message_template', entityId: id,
        before: null, after: { channel: saved.channel, stage: saved.stage, language: saved.language, version: saved.version },
      });
      return saved;
    });
  }

  /**
   * A message rendered for a real case: the stage's template (default the case's stage) in the
   * language the case's debtor gets (or `language`), or an unsaved draft of it. A contact-policy
   * refusal is in the caller's language (`callerLanguage`), not the debtor's.
   */
  async preview(
    user: AuthUser,
    input: { caseId: string; channel: MessageChannel; stage?: DunningStage | null; language?: string | null; draft?: { subject: string; body: string } | null },
    callerLanguage: TextLanguage = 'en',
  ): Promise<MessagePreview> {
    const kase = await this.access.load(user, input.caseId);
    const c = await this.messageCase(input.caseId);
    const policy = await this.contactPolicy.decide(subjectOf(kase), input.channel);
    const stage = input.stage ?? c.stage;
    const language = input.language ? assertLanguage(input.language) : languageOfCase(c);
    const template = input.draft
      ? { stage, language, subject: input.draft.subject, body: input.draft.body, version: null }
      : await this.currentTemplate({ channel: input.channel, stage, language });
    const rendered = composeMessage(c, { ...template, stage, language }, this.today(), this.config.agency, this.portalLinks.placeholder());
    return {
      channel: input.channel, stage, language, templateVersion: template.version, to: addressOf(c, input.channel),
      subject: input.channel === 'SMS' ? '' : rendered.subject, body: rendered.body,
      allowed: policy.allowed,
      refusal: policy.allowed ? null : fill(CONTACT_POLICY_TEXTS.nextAllowedAt, {
        reason: policy.explanation, at: localDateTimeText(policy.nextAllowedAt, kase.debtor.timeZone),
      })[callerLanguage],
      nextAllowedAt: policy.allowed ? null : policy.nextAllowedAt,
    };
  }

  /**
   * A collector sends the stage's template (default the case's stage) to the case's debtor by e-mail
   * or SMS: outbound contact, so the contact policy decides (hours for SMS, attempts, the Danish
   * reminder spacing); queued in the outbox with the template version, delivered at once after commit.
   */
  async send(user: AuthUser, input: { caseId: string; channel: MessageChannel; stage?: DunningStage | null }): Promise<CaseMessageRecord> {
    const id = await this.db.transaction(async (manager) => {
      const before = await this.access.load(user, input.caseId, manager, true);
      if (user.role === 'COLLECTOR' && before.assigneeId !== user.id) {
        throw forbidden(before.assigneeId
          ? fill(T.othersQueue, { assignee: before.assignee?.name ?? T.anotherCollector })
          : T.notYourQueue);
      }
      if (CLOSED.includes(before.status)) throw badInput(fill(T.caseClosed, { status: before.status === 'PAID' ? T.paid : T.uncollectible }), 'caseId');
      if (await this.privacy.isDebtorOfCaseRestricted(input.caseId, manager)) {
        throw conflict(T.restricted, { field: 'caseId' });
      }
      const c = await this.messageCase(input.caseId, manager);
      const to = addressOf(c, input.channel);
      if (!to) {
        throw badInput(
          input.channel === 'EMAIL' ? T.noEmail : T.noPhone,
          'channel',
        );
      }
      const now = this.clock.now();
      const policy = await this.contactPolicy.decide(subjectOf(before), input.channel, manager, now);
      if (!policy.allowed) {
        throw new AppError('BAD_USER_INPUT', fill(CONTACT_POLICY_TEXTS.nextAllowedAt, { reason: policy.explanation, at: localDateTimeText(policy.nextAllowedAt, before.debtor.timeZone) }), {
          field: 'channel', nextAllowedAt: policy.nextAllowedAt.toISOString(),
        });
      }
      const stage = input.stage ?? c.stage;
      const language = languageOfCase(c);
      const template = await this.currentTemplate({ channel: input.channel, stage, language }, manager);
      const link = usesPortalLink(template) ? (await this.portalLinks.issue(c.caseId, user.id, manager)).url : null;
      const rendered = composeMessage(c, template, calendarDateIn(now, before.creditor.timeZone), this.config.agency, link);
      const messageId = await this.repository.queue({
        channel: input.channel, caseId: c.caseId, to, subject: input.channel === 'SMS' ? '' : rendered.subject, body: rendered.body,
        templateId: template.id, language, sentBy: user.id, dedupeKey: `manual:${randomUUID()}`,
      }, manager);
      await this.audit.record(manager, {
        actorId: user.id, action: 'case.message-send', entity: 'case', entityId: c.caseId, before: null,
        after: { messageId, channel: input.channel, stage, language, templateId: template.id, templateVersion: template.version },
      });
      await this.events.publishIn(manager, ...(await caseChangeEvents(manager, before.id, before.assigneeId, before.assigneeId, before.creditorId)));
      return messageId;
    });
    this.outbox.wake();
    const messages = await this.repository.messagesOfCases([input.caseId]);
    return messages.get(input.caseId)!.find((m) => m.id === id)!;
  }

  /**
   * Renders e-mails the dunning run queued (in the run's transaction): each from the current template
   * of its step's stage in the debtor's language, dated the step's day; records the version used.
   */
  async renderDunningEmails(manager: EntityManager, mails: readonly { id: string; caseId: string; stage: DunningStage; writtenOn: IsoDate }[]): Promise<void> {
    if (mails.length === 0) return;
    const cases = await this.repository.messageCases([...new Set(mails.map((m) => m.caseId))], manager);
    const keyOf = (m: (typeof mails)[number]) => ({ channel: 'EMAIL' as const, stage: m.stage, language: languageOfCase(cases.get(m.caseId)!) });
    const templates = await this.repository.currentOf(mails.filter((m) => cases.has(m.caseId)).map(keyOf), manager);
    const templateOf = (m: (typeof mails)[number]) => {
      if (!cases.has(m.caseId)) return undefined;
      const key = keyOf(m);
      return templates.get(`${key.channel}:${key.stage}:${key.language}`);
    };
    // A personal portal link for each e-mail whose template uses {portalLink}, issued in one statement.
    const linked = mails.filter((m) => { const t = templateOf(m); return t !== undefined && usesPortalLink(t); });
    const urls = await this.portalLinks.issueMany(linked.map((m) => m.caseId), manager);
    const linkOf = new Map(linked.map((m, i) => [m.id, urls[i]!]));
    const rendered = mails.flatMap((m) => {
      const c = cases.get(m.caseId);
      const template = templateOf(m);
      if (!c || !template) return [];
      const key = keyOf(m);
      const { subject, body } = composeMessage(c, template, m.writtenOn, this.config.agency, linkOf.get(m.id) ?? null);
      return [{ id: m.id, subject, body, templateId: template.id, language: key.language }];
    });
    await this.repository.setRendered(rendered, manager);
  }

  messagesOfCases(caseIds: readonly string[]): Promise<Map<string, CaseMessageRecord[]>> {
    return this.repository.messagesOfCases(caseIds);
  }

  private async messageCase(caseId: string, tx?: EntityManager): Promise<MessageCase> {
    const c = (await this.repository.messageCases([caseId], tx)).get(caseId);
    if (!c) throw notFound('Case', caseId);
    return c;
  }

  private async currentTemplate(key: TemplateKey, tx?: EntityManager): Promise<TemplateRecord> {
    const template = (await this.repository.currentOf([key], tx)).get(`${key.channel}:${key.stage}:${key.language}`);
    if (!template) {
      throw badInput(fill(key.channel === 'SMS' ? T.noSmsTemplate : T.noEmailTemplate, { stage: dunningStageRef(key.stage), language: key.language }), 'stage');
    }
    return template;
  }

  private today(): IsoDate {
    return calendarDateIn(this.clock.now(), this.config.dunningTimeZone);
  }
}

/** What the contact policy needs to know about a case. */
function subjectOf(c: CaseRecord): ContactSubject {
  return {
    caseId: c.id, debtorId: c.debtorId, debtorTimeZone: c.debtor.timeZone, debtorCountry: c.debtor.country,
    creditorCountry: c.creditor.country, creditorId: c.creditorId,
  };
}

function addressOf(c: MessageCase, channel: MessageChannel): string | null {
  const value = channel === 'EMAIL' ? c.debtor.email : c.debtor.phone;
  return value?.trim() || null;
}

function assertLanguage(language: string): LetterLanguage {
  if (!(MESSAGE_LANGUAGES as readonly string[]).includes(language)) {
    throw badInput(fill(T.templateLanguages, { languages: MESSAGE_LANGUAGES.join(', '), language }), 'language');
  }
  return language as LetterLanguage;
}
