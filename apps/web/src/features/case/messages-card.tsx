import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Badge, type BadgeTone } from '../../ui/badge';
import { Card } from '../../ui/card';
import { formatDateTime } from '../../ui/date';
import { FormError } from '../../ui/error-banner';
import { DUNNING_STAGES, STAGE_LABELS, type DunningStage } from '../../ui/format';
import type { MessageChannel } from '../../gql/graphql';
import { useSendCaseMessage } from './hooks/use-send-case-message';
import { CASE_MESSAGES, MESSAGE_PREVIEW } from './messages.graphql';
import './messages-card.css';

const STATUS: Record<string, { label: string; tone: BadgeTone; title: string }> = {
  PENDING: { label: 'Pending', tone: 'info', title: 'Waiting in the outbox, or to be tried again.' },
  SENT: { label: 'Sent', tone: 'good', title: 'Handed to the mail server or SMS provider.' },
  STORED: { label: 'Kept', tone: 'neutral', title: 'Kept by the store transport (no mail server or SMS provider configured); not sent.' },
  FAILED: { label: 'Failed', tone: 'bad', title: 'Given up after the last attempt.' },
};
const CHANNEL_LABELS: Record<MessageChannel, string> = { EMAIL: 'E-mail', SMS: 'SMS' };
const LANGUAGE_LABELS: Record<string, string> = { de: 'German', en: 'English', da: 'Danish' };

/**
 * E-mail and SMS to the case's debtor: pick a channel and a stage's template, see it rendered with
 * this case's figures in the debtor's language, send it through the outbox (the contact policy
 * decides; a refusal names the next allowed time), and follow each message to SENT or FAILED.
 */
export function MessagesCard({ caseId, canSend }: { caseId: string; canSend: boolean }) {
  const [channel, setChannel] = useState<MessageChannel>('EMAIL');
  const [stage, setStage] = useState<DunningStage | ''>('');
  const [sent, setSent] = useState<string | null>(null);
  const { data } = useQuery(CASE_MESSAGES, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const messages = data?.case.messages ?? [];
  const pending = messages.some((m) => m.status === 'PENDING');
  // Follow messages in the outbox to their final state.
  useQuery(CASE_MESSAGES, { variables: { id: caseId }, pollInterval: pending ? 2_000 : 0, skip: !pending, fetchPolicy: 'network-only' });
  const preview = useQuery(MESSAGE_PREVIEW, {
    variables: { caseId, channel, stage: stage || null },
    fetchPolicy: 'cache-and-network',
  });
  const [send, sending] = useSendCaseMessage();
  const p = preview.data?.messagePreview;

  async function submit() {
    setSent(null);
    try {
      const { data: answer } = await send({ variables: { input: { caseId, channel, stage: stage || null } } });
      if (answer) setSent(`${CHANNEL_LABELS[answer.sendCaseMessage.channel]} queued; it goes out within seconds.`);
    } catch {
      /* shown below */
    }
  }

  return (
    <Card title={`Messages (${messages.length})`} testId="case-messages">
      {canSend ? (
        <div className="messages-compose">
          <div className="field-row">
            <label className="field">
              <span className="field-label">Channel</span>
              <select value={channel} onChange={(e) => setChannel(e.target.value as MessageChannel)} data-testid="message-channel">
                <option value="EMAIL">E-mail</option>
                <option value="SMS">SMS</option>
              </select>
            </label>
            <label className="field">
              <span className="field-label">Template</span>
              <select value={stage} onChange={(e) => setStage(e.target.value as DunningStage | '')} data-testid="message-stage">
                <option value="">Case&apos;s stage{data ? ` (${STAGE_LABELS[data.case.stage]})` : ''}</option>
                {DUNNING_STAGES.map((s) => (
                  <option key={s} value={s}>
                    {STAGE_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {p ? (
            <div className="message-preview" data-testid="message-preview" data-language={p.language}>
              <div className="message-preview-meta muted small">
                To {p.to ?? <strong>no {channel === 'EMAIL' ? 'e-mail address' : 'phone number'} on file</strong>} ·{' '}
                {LANGUAGE_LABELS[p.language] ?? p.language} · template v{p.templateVersion}
              </div>
              {channel === 'EMAIL' ? <div className="message-preview-subject">{p.subject}</div> : null}
              <pre className="message-preview-body">{p.body}</pre>
            </div>
          ) : preview.error ? (
            <FormError error={preview.error} />
          ) : (
            <p className="muted small">Rendering the template…</p>
          )}
          {p && !p.allowed ? (
            <p className="message-refusal small" role="status" data-testid="message-refusal">
              <strong>Not now (contact policy):</strong> {p.refusal}
            </p>
          ) : null}
          <FormError error={sending.error} />
          {sent ? (
            <p className="form-success" role="status">
              {sent}
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
              Send {CHANNEL_LABELS[channel]}
            </button>
          </div>
        </div>
      ) : null}
      {messages.length === 0 ? (
        <p className="muted">No e-mails or SMS yet.</p>
      ) : (
        <ul className="message-list">
          {messages.map((m) => {
            const status = STATUS[m.status] ?? { label: m.status, tone: 'neutral' as const, title: '' };
            return (
              <li key={m.id} className="message-item" data-testid="message-row" data-status={m.status} data-channel={m.channel}>
                <div className="message-item-head">
                  <Badge tone={status.tone} title={status.title}>
                    {status.label}
                  </Badge>
                  <strong>{CHANNEL_LABELS[m.channel]}</strong>
                  <span className="message-item-subject">{m.channel === 'EMAIL' ? m.subject : m.body.slice(0, 60)}</span>
                </div>
                <div className="muted small">
                  {formatDateTime(m.createdAt)} · to {m.to} · {m.sentByName ?? 'dunning run'}
                  {m.templateVersion ? ` · ${m.templateStage ? STAGE_LABELS[m.templateStage] : ''} v${m.templateVersion}` : ''}
                  {m.language ? ` · ${m.language}` : ''}
                  {m.attempts > 1 ? ` · ${m.attempts} attempts` : ''}
                </div>
                {m.lastError ? (
                  <div className="message-error small" data-testid="message-error">
                    {m.status === 'FAILED' ? 'Failed: ' : 'Last attempt failed: '}
                    {m.lastError}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
