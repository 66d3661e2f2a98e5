import { useQuery } from '@apollo/client/react';
import { MERGE_FIELDS, templateProblems } from '@mahnwerk/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MessageChannel } from '../../gql/graphql';
import { Card } from '../../ui/card';
import { formatDateTime } from '../../ui/date';
import { ErrorBanner, FormError } from '../../ui/error-banner';
import { DUNNING_STAGES, STAGE_LABELS, type DunningStage } from '../../ui/format';
import { Spinner } from '../../ui/spinner';
import { useUpdateMessageTemplate } from './hooks/use-update-message-template';
import { MESSAGE_TEMPLATE_VERSIONS, MESSAGE_TEMPLATES, PREVIEW_CASES, TEMPLATE_PREVIEW } from './templates.graphql';
import './templates.css';

const LANGUAGES = [
  ['de', 'German'],
  ['en', 'English'],
  ['da', 'Danish'],
] as const;
type Language = (typeof LANGUAGES)[number][0];
const CHANNELS: [MessageChannel, string][] = [
  ['EMAIL', 'E-mail'],
  ['SMS', 'SMS'],
];
const FIELD_HINTS: Record<string, string> = {
  debtorName: 'the debtor\'s name',
  creditorName: 'the creditor\'s legal name',
  agencyName: 'the agency\'s name',
  totalDue: 'the open balance',
  deadline: 'the day to pay by (the stage\'s payment window)',
  paymentDetails: 'amount, deadline, account holder, IBAN, BIC and reference, as on the letters',
  reference: 'the payment reference the bank import matches',
  caseRef: 'the case\'s short reference',
  portalLink: 'the debtor\'s personal portal link (issued per message)',
};

interface Key {
  channel: MessageChannel;
  stage: DunningStage;
  language: Language;
}

/** `/templates` (admins): the e-mail and SMS templates per dunning stage and language, edited as new versions, previewed with a real case. */
export function TemplatesPage() {
  const { data, loading, error, refetch } = useQuery(MESSAGE_TEMPLATES, { fetchPolicy: 'cache-and-network' });
  const [key, setKey] = useState<Key>({ channel: 'EMAIL', stage: 'REMINDER', language: 'de' });
  const templates = data?.messageTemplates ?? [];
  const current = templates.find((t) => t.channel === key.channel && t.stage === key.stage && t.language === key.language);

  return (
    <div className="page page-templates" data-testid="templates-page">
      <div className="page-header">
        <h1>Message templates</h1>
        <span className="muted">
          The e-mails and SMS the dunning run and collectors send, per stage and language. The debtor gets their own language where the
          creditor&apos;s country allows it (German creditors: de or en; Danish: da or en), otherwise the creditor&apos;s letter language.
        </span>
      </div>
      {error && !data ? <ErrorBanner error={error} title="Could not load the templates." onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Spinner label="Loading templates…" /> : null}
      {data ? (
        <div className="templates-layout">
          <Card title="Templates" flush testId="templates-list">
            <div className="table-wrap">
              <table className="table templates-table">
                <thead>
                  <tr>
                    <th>Stage</th>
                    {LANGUAGES.map(([code]) => (
                      <th key={code}>{code}</th>
                    ))}
                  </tr>
                </thead>
                {CHANNELS.map(([channel, label]) => (
                  <tbody key={channel}>
                    <tr className="templates-group">
                      <th colSpan={1 + LANGUAGES.length}>{label}</th>
                    </tr>
                    {DUNNING_STAGES.map((stage) => (
                      <tr key={stage}>
                        <td>{STAGE_LABELS[stage]}</td>
                        {LANGUAGES.map(([language]) => {
                          const t = templates.find((x) => x.channel === channel && x.stage === stage && x.language === language);
                          const selected = key.channel === channel && key.stage === stage && key.language === language;
                          return (
                            <td key={language}>
                              <button
                                type="button"
                                className={`btn btn-small${selected ? ' btn-primary' : ''}`}
                                onClick={() => setKey({ channel, stage, language })}
                                data-testid={`template-${channel}-${stage}-${language}`}
                                aria-pressed={selected}
                              >
                                v{t?.version ?? '–'}
                              </button>
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                ))}
              </table>
            </div>
          </Card>
          {current ? <TemplateEditor key={`${key.channel}:${key.stage}:${key.language}`} templateKey={key} current={current} /> : <p className="muted">No such template.</p>}
        </div>
      ) : null}
    </div>
  );
}

function TemplateEditor({ templateKey, current }: { templateKey: Key; current: { version: number; subject: string; body: string } }) {
  const [subject, setSubject] = useState(current.subject);
  const [body, setBody] = useState(current.body);
  const [caseId, setCaseId] = useState('');
  const [search, setSearch] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [save, saving] = useUpdateMessageTemplate();
  const versions = useQuery(MESSAGE_TEMPLATE_VERSIONS, { variables: templateKey, fetchPolicy: 'cache-and-network' });
  const cases = useQuery(PREVIEW_CASES, { variables: { search: search.trim() || null }, fetchPolicy: 'cache-and-network' });
  const caseItems = cases.data?.cases.items ?? [];
  useEffect(() => {
    if (!caseId && caseItems.length) setCaseId(caseItems[0]!.id);
  }, [caseId, caseItems]);
  const draft = useMemo(() => ({ subject, body }), [subject, body]);
  const preview = useQuery(TEMPLATE_PREVIEW, {
    variables: { caseId, channel: templateKey.channel, stage: templateKey.stage, language: templateKey.language, draft },
    skip: !caseId,
    fetchPolicy: 'cache-and-network',
  });
  const problems = templateProblems({ channel: templateKey.channel, subject, body });
  const changed = subject !== current.subject || body !== current.body;
  const isEmail = templateKey.channel === 'EMAIL';

  function insertField(field: string) {
    const el = bodyRef.current;
    const at = el ? el.selectionStart : body.length;
    const next = `${body.slice(0, at)}{${field}}${body.slice(el ? el.selectionEnd : at)}`;
    setBody(next);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + field.length + 2, at + field.length + 2);
    });
  }

  async function submit() {
    setSaved(null);
    try {
      const { data } = await save({ variables: { input: { ...templateKey, subject, body } } });
      if (data) setSaved(`Saved as version ${data.updateMessageTemplate.version}; messages from now on use it.`);
    } catch {
      /* shown below */
    }
  }

  const title = `${isEmail ? 'E-mail' : 'SMS'} · ${STAGE_LABELS[templateKey.stage]} · ${LANGUAGES.find(([c]) => c === templateKey.language)![1]} (v${current.version})`;
  return (
    <div className="templates-side">
      <Card title={title} testId="template-editor">
        <div className="form">
          {isEmail ? (
            <label className="field">
              <span className="field-label">Subject</span>
              <input value={subject} onChange={(e) => setSubject(e.target.value)} data-testid="template-subject" />
            </label>
          ) : null}
          <label className="field">
            <span className="field-label">Text{isEmail ? '' : ` (${body.length} characters before merging)`}</span>
            <textarea ref={bodyRef} rows={isEmail ? 14 : 5} value={body} onChange={(e) => setBody(e.target.value)} data-testid="template-body" />
          </label>
          <div className="merge-fields">
            <span className="muted small">Insert:</span>
            {MERGE_FIELDS.map((f) => (
              <button key={f} type="button" className="btn btn-small merge-field" title={FIELD_HINTS[f]} onClick={() => insertField(f)}>
                {`{${f}}`}
              </button>
            ))}
          </div>
          {problems.length ? (
            <ul className="template-problems" data-testid="template-problems">
              {problems.map((p) => (
                <li key={p.message}>{p.message}</li>
              ))}
            </ul>
          ) : null}
          <FormError error={saving.error} />
          {saved ? (
            <p className="form-success" role="status">
              {saved}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="button" className="btn" disabled={!changed} onClick={() => { setSubject(current.subject); setBody(current.body); }}>
              Undo changes
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={!changed || problems.length > 0 || saving.loading}
              onClick={() => void submit()}
              data-testid="template-save"
            >
              Save as version {current.version + 1}
            </button>
          </div>
        </div>
      </Card>
      <Card title="Preview with a case" testId="template-preview">
        <div className="field-row">
          <label className="field">
            <span className="field-label">Find a case</span>
            <input placeholder="Debtor name or reference" value={search} onChange={(e) => setSearch(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">Case</span>
            <select value={caseId} onChange={(e) => setCaseId(e.target.value)} data-testid="template-preview-case">
              {caseItems.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.debtor.name} · {c.creditor.name} ({c.creditor.country}, debtor speaks {c.debtor.language})
                </option>
              ))}
            </select>
          </label>
        </div>
        {preview.data ? (
          <div className="template-preview-box">
            <div className="muted small">To {preview.data.messagePreview.to ?? 'no address on file'}</div>
            {isEmail ? <div className="template-preview-subject">{preview.data.messagePreview.subject}</div> : null}
            <pre className="template-preview-body" data-testid="template-preview-body">
              {preview.data.messagePreview.body}
            </pre>
          </div>
        ) : preview.error ? (
          <FormError error={preview.error} />
        ) : (
          <p className="muted">{caseItems.length ? 'Rendering…' : 'No open case to preview with.'}</p>
        )}
      </Card>
      <Card title="Versions" flush testId="template-versions">
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>Version</th>
                <th>Saved</th>
                <th>By</th>
              </tr>
            </thead>
            <tbody>
              {(versions.data?.messageTemplateVersions ?? []).map((v) => (
                <tr key={v.id}>
                  <td>v{v.version}</td>
                  <td>{formatDateTime(v.createdAt)}</td>
                  <td>{v.createdByName ?? <span className="muted">default</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
