import { useQuery } from '@apollo/client/react';
import { MERGE_FIELDS, templateProblems } from '@mahnwerk/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { displayLanguage } from '../../i18n/display-locale';
import { useLabels } from '../../i18n/labels';
import type { MessageChannel } from '../../gql/graphql';
import { Card } from '../../ui/card';
import { formatDateTime } from '../../ui/date';
import { ErrorBanner, FormError } from '../../ui/error-banner';
import { DUNNING_STAGES, type DunningStage } from '../../ui/format';
import { Spinner } from '../../ui/spinner';
import { useUpdateMessageTemplate } from './hooks/use-update-message-template';
import { MESSAGE_TEMPLATE_VERSIONS, MESSAGE_TEMPLATES, PREVIEW_CASES, TEMPLATE_PREVIEW } from './templates.graphql';
import './templates.css';

/** The languages templates are kept in, as the column headers and the editor title name them. */
const LANGUAGE_MESSAGES = defineMessages({
  de: { id: 'templates.language.de', defaultMessage: 'German' },
  en: { id: 'templates.language.en', defaultMessage: 'English' },
  da: { id: 'templates.language.da', defaultMessage: 'Danish' },
});
const LANGUAGES = ['de', 'en', 'da'] as const;
type Language = (typeof LANGUAGES)[number];

const CHANNEL_MESSAGES = defineMessages({
  EMAIL: { id: 'templates.channel.EMAIL', defaultMessage: 'E-mail' },
  SMS: { id: 'templates.channel.SMS', defaultMessage: 'SMS' },
});
const CHANNELS: readonly MessageChannel[] = ['EMAIL', 'SMS'];

/** What each merge field stands for, shown as the title of its insert button. */
const FIELD_HINTS = defineMessages({
  debtorName: { id: 'templates.field.debtorName', defaultMessage: 'the debtor’s name' },
  creditorName: { id: 'templates.field.creditorName', defaultMessage: 'the creditor’s legal name' },
  agencyName: { id: 'templates.field.agencyName', defaultMessage: 'the agency’s name' },
  totalDue: { id: 'templates.field.totalDue', defaultMessage: 'the open balance' },
  deadline: { id: 'templates.field.deadline', defaultMessage: 'the day to pay by (the stage’s payment window)' },
  paymentDetails: { id: 'templates.field.paymentDetails', defaultMessage: 'amount, deadline, account holder, IBAN, BIC and reference, as on the letters' },
  reference: { id: 'templates.field.reference', defaultMessage: 'the payment reference the bank import matches' },
  caseRef: { id: 'templates.field.caseRef', defaultMessage: 'the case’s short reference' },
  portalLink: { id: 'templates.field.portalLink', defaultMessage: 'the debtor’s personal portal link (issued per message)' },
});
const hintOf = (field: string) => (field in FIELD_HINTS ? FIELD_HINTS[field as keyof typeof FIELD_HINTS] : null);

interface Key {
  channel: MessageChannel;
  stage: DunningStage;
  language: Language;
}

/** `/templates` (admins): the e-mail and SMS templates per dunning stage and language, edited as new versions, previewed with a real case. */
export function TemplatesPage() {
  const intl = useIntl();
  const labels = useLabels();
  const { data, loading, error, refetch } = useQuery(MESSAGE_TEMPLATES, { fetchPolicy: 'cache-and-network' });
  const [key, setKey] = useState<Key>({ channel: 'EMAIL', stage: 'REMINDER', language: 'de' });
  const templates = data?.messageTemplates ?? [];
  const current = templates.find((t) => t.channel === key.channel && t.stage === key.stage && t.language === key.language);

  return (
    <div className="page page-templates" data-testid="templates-page">
      <div className="page-header">
        <h1>
          <FormattedMessage id="templates.page.title" defaultMessage="Message templates" />
        </h1>
        <span className="muted">
          <FormattedMessage
            id="templates.page.intro"
            defaultMessage="The e-mails and SMS the dunning run and collectors send, per stage and language. The debtor gets their own language where the creditor’s country allows it (German creditors: de or en; Danish: da or en), otherwise the creditor’s letter language."
          />
        </span>
      </div>
      {error && !data ? <ErrorBanner error={error} title={intl.formatMessage({ id: 'templates.page.loadError', defaultMessage: 'Could not load the templates.' })} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Spinner label={intl.formatMessage({ id: 'templates.page.loading', defaultMessage: 'Loading templates…' })} /> : null}
      {data ? (
        <div className="templates-layout">
          <Card title={intl.formatMessage({ id: 'templates.list.title', defaultMessage: 'Templates' })} flush testId="templates-list">
            <div className="table-wrap">
              <table className="table templates-table">
                <thead>
                  <tr>
                    <th>
                      <FormattedMessage id="templates.list.stage" defaultMessage="Stage" />
                    </th>
                    {LANGUAGES.map((code) => (
                      <th key={code}>
                        <abbr title={intl.formatMessage(LANGUAGE_MESSAGES[code])}>{code}</abbr>
                      </th>
                    ))}
                  </tr>
                </thead>
                {CHANNELS.map((channel) => (
                  <tbody key={channel}>
                    <tr className="templates-group">
                      <th colSpan={1 + LANGUAGES.length}>{intl.formatMessage(CHANNEL_MESSAGES[channel])}</th>
                    </tr>
                    {DUNNING_STAGES.map((stage) => (
                      <tr key={stage}>
                        <td>{labels.stage(stage)}</td>
                        {LANGUAGES.map((language) => {
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
                                {t ? (
                                  <FormattedMessage id="templates.list.version" defaultMessage="v{version}" values={{ version: t.version }} />
                                ) : (
                                  '–'
                                )}
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
          {current ? <TemplateEditor key={`${key.channel}:${key.stage}:${key.language}`} templateKey={key} current={current} /> : (
            <p className="muted">
              <FormattedMessage id="templates.list.missing" defaultMessage="No such template." />
            </p>
          )}
        </div>
      ) : null}
    </div>
  );
}

function TemplateEditor({ templateKey, current }: { templateKey: Key; current: { version: number; subject: string; body: string } }) {
  const intl = useIntl();
  const labels = useLabels();
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
      if (data) {
        setSaved(
          intl.formatMessage(
            { id: 'templates.editor.saved', defaultMessage: 'Saved as version {version}; messages from now on use it.' },
            { version: data.updateMessageTemplate.version },
          ),
        );
      }
    } catch {
      /* shown below */
    }
  }

  const title = intl.formatMessage(
    { id: 'templates.editor.title', defaultMessage: '{channel} · {stage} · {language} (v{version})' },
    {
      channel: intl.formatMessage(CHANNEL_MESSAGES[templateKey.channel]),
      stage: labels.stage(templateKey.stage),
      language: intl.formatMessage(LANGUAGE_MESSAGES[templateKey.language]),
      version: current.version,
    },
  );
  return (
    <div className="templates-side">
      <Card title={title} testId="template-editor">
        <div className="form">
          {isEmail ? (
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="templates.editor.subject" defaultMessage="Subject" />
              </span>
              <input value={subject} onChange={(e) => setSubject(e.target.value)} data-testid="template-subject" />
            </label>
          ) : null}
          <label className="field">
            <span className="field-label">
              {isEmail ? (
                <FormattedMessage id="templates.editor.text" defaultMessage="Text" />
              ) : (
                <FormattedMessage
                  id="templates.editor.textSms"
                  defaultMessage="Text ({count, plural, one {# character} other {# characters}} before merging)"
                  values={{ count: body.length }}
                />
              )}
            </span>
            <textarea ref={bodyRef} rows={isEmail ? 14 : 5} value={body} onChange={(e) => setBody(e.target.value)} data-testid="template-body" />
          </label>
          <div className="merge-fields">
            <span className="muted small">
              <FormattedMessage id="templates.editor.insert" defaultMessage="Insert:" />
            </span>
            {MERGE_FIELDS.map((f) => (
              <button key={f} type="button" className="btn btn-small merge-field" title={hintOf(f) ? intl.formatMessage(hintOf(f)!) : undefined} onClick={() => insertField(f)}>
                {`{${f}}`}
              </button>
            ))}
          </div>
          {problems.length ? (
            <ul className="template-problems" data-testid="template-problems">
              {problems.map((p) => (
                <li key={p.message}>{p.text[displayLanguage()]}</li>
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
              <FormattedMessage id="templates.editor.undo" defaultMessage="Undo changes" />
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={!changed || problems.length > 0 || saving.loading}
              onClick={() => void submit()}
              data-testid="template-save"
            >
              <FormattedMessage id="templates.editor.save" defaultMessage="Save as version {version}" values={{ version: current.version + 1 }} />
            </button>
          </div>
        </div>
      </Card>
      <Card title={intl.formatMessage({ id: 'templates.preview.title', defaultMessage: 'Preview with a case' })} testId="template-preview">
        <div className="template-preview-pick">
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="templates.preview.find" defaultMessage="Find a case" />
            </span>
            <input
              placeholder={intl.formatMessage({ id: 'templates.preview.findPlaceholder', defaultMessage: 'Debtor name or reference' })}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </label>
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="templates.preview.case" defaultMessage="Case" />
            </span>
            <select value={caseId} onChange={(e) => setCaseId(e.target.value)} data-testid="template-preview-case">
              {caseItems.map((c) => (
                <option key={c.id} value={c.id}>
                  {intl.formatMessage(
                    { id: 'templates.preview.caseOption', defaultMessage: '{debtor} · {creditor} ({country}, debtor speaks {language})' },
                    { debtor: c.debtor.name, creditor: c.creditor.name, country: c.creditor.country, language: c.debtor.language },
                  )}
                </option>
              ))}
            </select>
          </label>
        </div>
        {preview.data ? (
          <div className="template-preview-box">
            <div className="muted small">
              {preview.data.messagePreview.to ? (
                <FormattedMessage id="templates.preview.to" defaultMessage="To {address}" values={{ address: preview.data.messagePreview.to }} />
              ) : (
                <FormattedMessage id="templates.preview.noAddress" defaultMessage="To no address on file" />
              )}
            </div>
            {isEmail ? <div className="template-preview-subject">{preview.data.messagePreview.subject}</div> : null}
            <pre className="template-preview-body" data-testid="template-preview-body">
              {preview.data.messagePreview.body}
            </pre>
          </div>
        ) : preview.error ? (
          <FormError error={preview.error} />
        ) : (
          <p className="muted">
            {caseItems.length ? (
              <FormattedMessage id="templates.preview.rendering" defaultMessage="Rendering…" />
            ) : (
              <FormattedMessage id="templates.preview.noCase" defaultMessage="No open case to preview with." />
            )}
          </p>
        )}
      </Card>
      <Card title={intl.formatMessage({ id: 'templates.versions.title', defaultMessage: 'Versions' })} flush testId="template-versions">
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>
                  <FormattedMessage id="templates.versions.version" defaultMessage="Version" />
                </th>
                <th>
                  <FormattedMessage id="templates.versions.saved" defaultMessage="Saved" />
                </th>
                <th>
                  <FormattedMessage id="templates.versions.by" defaultMessage="By" />
                </th>
              </tr>
            </thead>
            <tbody>
              {(versions.data?.messageTemplateVersions ?? []).map((v) => (
                <tr key={v.id}>
                  <td>
                    <FormattedMessage id="templates.list.version" defaultMessage="v{version}" values={{ version: v.version }} />
                  </td>
                  <td>{formatDateTime(v.createdAt)}</td>
                  <td>{v.createdByName ?? (
                      <span className="muted">
                        <FormattedMessage id="templates.versions.default" defaultMessage="default" />
                      </span>
                    )}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
