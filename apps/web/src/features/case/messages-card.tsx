import { useQuery } from '@apollo/client/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import { useLabels } from '../../i18n/labels';
import { useShortcut } from '../../keyboard/use-shortcut';
import { Badge, type BadgeTone } from '../../ui/badge';
import { Card } from '../../ui/card';
import { formatDateTime } from '../../ui/date';
import { FormError } from '../../ui/error-banner';
import { DUNNING_STAGES, type DunningStage } from '../../ui/format';
import type { MessageChannel } from '../../gql/graphql';
import { useSendCaseMessage } from './hooks/use-send-case-message';
import { CASE_MESSAGES, MESSAGE_PREVIEW } from './messages.graphql';
import './messages-card.css';

const M: Record<string, MessageDescriptor> = defineMessages({
  PENDING: { id: 'case.messages.status.PENDING', defaultMessage: 'Pending' },
  PENDING_TITLE: { id: 'case.messages.status.PENDING.title', defaultMessage: 'Waiting in the outbox, or to be tried again.' },
  SENT: { id: 'case.messages.status.SENT', defaultMessage: 'Sent' },
  SENT_TITLE: { id: 'case.messages.status.SENT.title', defaultMessage: 'Handed to the mail server or SMS provider.' },
  STORED: { id: 'case.messages.status.STORED', defaultMessage: 'Kept' },
  STORED_TITLE: { id: 'case.messages.status.STORED.title', defaultMessage: 'Kept by the store transport (no mail server or SMS provider configured); not sent.' },
  FAILED: { id: 'case.messages.status.FAILED', defaultMessage: 'Failed' },
  FAILED_TITLE: { id: 'case.messages.status.FAILED.title', defaultMessage: 'Given up after the last attempt.' },
  EMAIL: { id: 'case.messages.channel.EMAIL', defaultMessage: 'E-mail' },
  SMS: { id: 'case.messages.channel.SMS', defaultMessage: 'SMS' },
  de: { id: 'case.messages.language.de', defaultMessage: 'German' },
  en: { id: 'case.messages.language.en', defaultMessage: 'English' },
  da: { id: 'case.messages.language.da', defaultMessage: 'Danish' },
});
const TONES: Record<string, BadgeTone> = { PENDING: 'info', SENT: 'good', STORED: 'neutral', FAILED: 'bad' };

/**
 * E-mail and SMS to the case's debtor: pick a channel and a stage's template, see it rendered with
 * this case's figures in the debtor's language, send it through the outbox (the contact policy
 * decides; a refusal names the next allowed time), and follow each message to SENT or FAILED.
 * `e` opens the composer on e-mail with the focus in it; Esc closes it.
 */
export function MessagesCard({ caseId, canSend }: { caseId: string; canSend: boolean }) {
  const intl = useIntl();
  const labels = useLabels();
  const [composing, setComposing] = useState(false);
  const [channel, setChannel] = useState<MessageChannel>('EMAIL');
  const [stage, setStage] = useState<DunningStage | ''>('');
  const [sent, setSent] = useState<MessageChannel | null>(null);
  const channelRef = useRef<HTMLSelectElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const { data } = useQuery(CASE_MESSAGES, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const messages = data?.case.messages ?? [];
  const pending = messages.some((m) => m.status === 'PENDING');
  // Follow messages in the outbox to their final state.
  useQuery(CASE_MESSAGES, { variables: { id: caseId }, pollInterval: pending ? 2_000 : 0, skip: !pending, fetchPolicy: 'network-only' });
  const preview = useQuery(MESSAGE_PREVIEW, {
    variables: { caseId, channel, stage: stage || null },
    fetchPolicy: 'cache-and-network',
    skip: !composing,
  });
  const [send, sending] = useSendCaseMessage();
  const p = preview.data?.messagePreview;
  const text = (key: string, fallback: string) => (M[key] ? intl.formatMessage(M[key]) : fallback);

  function openEmail() {
    setChannel('EMAIL');
    setComposing(true);
    // The select exists once the composer has rendered.
    window.requestAnimationFrame(() => channelRef.current?.focus());
  }

  function close() {
    setComposing(false);
    setSent(null);
    window.requestAnimationFrame(() => openRef.current?.focus());
  }

  useShortcut('e', intl.formatMessage({ id: 'case.messages.shortcut.email', defaultMessage: 'Write an e-mail to the debtor' }), openEmail, {
    enabled: canSend,
  });

  function onComposerKey(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  }

  /** Template, language and attempts of a message, each in the workbench language. */
  const messageDetails = (m: (typeof messages)[number]): string[] =>
    [
      m.templateVersion
        ? intl.formatMessage(
            { id: 'case.messages.item.template', defaultMessage: '{stage} template v{version}' },
            { stage: m.templateStage ? labels.stage(m.templateStage) : '', version: m.templateVersion },
          )
        : null,
      m.language ? text(m.language, m.language) : null,
      m.attempts > 1
        ? intl.formatMessage({ id: 'case.messages.item.attempts', defaultMessage: '{count, plural, one {# attempt} other {# attempts}}' }, { count: m.attempts })
        : null,
    ].filter((d): d is string => d !== null);

  async function submit() {
    setSent(null);
    try {
      const { data: answer } = await send({ variables: { input: { caseId, channel, stage: stage || null } } });
      if (answer) setSent(answer.sendCaseMessage.channel);
    } catch {
      /* shown below */
    }
  }

  return (
    <Card
      title={intl.formatMessage({ id: 'case.messages.title', defaultMessage: 'Messages ({count, number})' }, { count: messages.length })}
      testId="case-messages"
      actions={
        canSend && !composing ? (
          <button type="button" ref={openRef} className="btn btn-small" onClick={() => setComposing(true)} data-testid="message-compose-open" aria-keyshortcuts="e">
            <FormattedMessage id="case.messages.compose" defaultMessage="Write a message" />
          </button>
        ) : null
      }
    >
      {canSend && composing ? (
        <div className="messages-compose" data-testid="message-composer" onKeyDown={onComposerKey}>
          <div className="field-row">
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="case.messages.channel" defaultMessage="Channel" />
              </span>
              <select ref={channelRef} value={channel} onChange={(e) => setChannel(e.target.value as MessageChannel)} data-testid="message-channel">
                <option value="EMAIL">{text('EMAIL', 'EMAIL')}</option>
                <option value="SMS">{text('SMS', 'SMS')}</option>
              </select>
            </label>
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="case.messages.template" defaultMessage="Template" />
              </span>
              <select value={stage} onChange={(e) => setStage(e.target.value as DunningStage | '')} data-testid="message-stage">
                <option value="">
                  {data
                    ? intl.formatMessage({ id: 'case.messages.template.caseStage', defaultMessage: 'Case’s stage ({stage})' }, { stage: labels.stage(data.case.stage) })
                    : intl.formatMessage({ id: 'case.messages.template.caseStageUnknown', defaultMessage: 'Case’s stage' })}
                </option>
                {DUNNING_STAGES.map((s) => (
                  <option key={s} value={s}>
                    {labels.stage(s)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {p ? (
            <div className="message-preview" data-testid="message-preview" data-language={p.language}>
              <div className="message-preview-meta muted small">
                {p.to ? (
                  <FormattedMessage
                    id="case.messages.preview.meta"
                    defaultMessage="To {to} · {language} · template v{version}"
                    values={{ to: p.to, language: text(p.language, p.language), version: p.templateVersion }}
                  />
                ) : (
                  <FormattedMessage
                    id="case.messages.preview.noAddress"
                    defaultMessage="To <b>{channel, select, EMAIL {no e-mail address on file} other {no phone number on file}}</b> · {language} · template v{version}"
                    values={{ b: (chunks) => <strong>{chunks}</strong>, channel, language: text(p.language, p.language), version: p.templateVersion }}
                  />
                )}
              </div>
              {channel === 'EMAIL' ? <div className="message-preview-subject">{p.subject}</div> : null}
              <pre className="message-preview-body">{p.body}</pre>
            </div>
          ) : preview.error ? (
            <FormError error={preview.error} />
          ) : (
            <p className="muted small">
              <FormattedMessage id="case.messages.rendering" defaultMessage="Rendering the template…" />
            </p>
          )}
          {p && !p.allowed ? (
            <p className="message-refusal small" role="status" data-testid="message-refusal">
              <FormattedMessage
                id="case.messages.refusal"
                defaultMessage="<b>Not now (contact policy):</b> {reason}"
                values={{ b: (chunks) => <strong>{chunks}</strong>, reason: p.refusal }}
              />
            </p>
          ) : null}
          <FormError error={sending.error} />
          {sent ? (
            <p className="form-success" role="status">
              <FormattedMessage
                id="case.messages.queued"
                defaultMessage="{channel, select, EMAIL {E-mail} other {SMS}} queued; it goes out within seconds."
                values={{ channel: sent }}
              />
            </p>
          ) : null}
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={sending.loading || !p?.to || !p.allowed}
              onClick={() => void submit()}
              data-testid="message-send"
            >
              <FormattedMessage id="case.messages.send" defaultMessage="Send {channel, select, EMAIL {e-mail} other {SMS}}" values={{ channel }} />
            </button>
            <button type="button" className="btn" onClick={close} data-testid="message-compose-close">
              <FormattedMessage id="case.messages.close" defaultMessage="Close" />
            </button>
          </div>
        </div>
      ) : null}
      {messages.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="case.messages.none" defaultMessage="No e-mails or SMS yet." />
        </p>
      ) : (
        <ul className="message-list">
          {messages.map((m) => (
            <li key={m.id} className="message-item" data-testid="message-row" data-status={m.status} data-channel={m.channel}>
              <div className="message-item-head">
                <Badge tone={TONES[m.status] ?? 'neutral'} title={M[`${m.status}_TITLE`] ? intl.formatMessage(M[`${m.status}_TITLE`]!) : undefined}>
                  {text(m.status, m.status)}
                </Badge>
                <strong>{text(m.channel, m.channel)}</strong>
                <span className="message-item-subject">{m.channel === 'EMAIL' ? m.subject : m.body.slice(0, 60)}</span>
              </div>
              <div className="muted small">
                <FormattedMessage
                  id="case.messages.item.meta"
                  defaultMessage="{at} · to {to} · {by}"
                  values={{
                    at: formatDateTime(m.createdAt),
                    to: m.to,
                    by: m.sentByName ?? intl.formatMessage({ id: 'case.messages.item.byRun', defaultMessage: 'dunning run' }),
                  }}
                />
                {messageDetails(m).map((detail) => ` · ${detail}`).join('')}
              </div>
              {m.lastError ? (
                <div className="message-error small" data-testid="message-error">
                  {m.status === 'FAILED' ? (
                    <FormattedMessage id="case.messages.item.failed" defaultMessage="Failed: {error}" values={{ error: m.lastError }} />
                  ) : (
                    <FormattedMessage id="case.messages.item.lastFailed" defaultMessage="Last attempt failed: {error}" values={{ error: m.lastError }} />
                  )}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
