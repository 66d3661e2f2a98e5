import './intake.css';
import { useQuery } from '@apollo/client/react';
import { useState, type ChangeEvent } from 'react';
import { defineMessage, defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import { useAuth } from '../../app/auth-context';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { todayIso } from '../../ui/date';
import { formatNumber } from '../../ui/format';
import { displayLanguage } from '../../i18n/display-locale';
import { NoticeBar } from '../../ui/notice-bar';
import { caseFileTemplate, previewCaseFile, type CaseFilePreview } from './csv-preview';
import { DownloadError, downloadRejectedRows, saveBlob, useUploadCaseFile, type UploadFailure } from './hooks/use-upload-case-file';
import { CASE_IMPORT, type CaseImport } from './intake.graphql';
import { PastImports } from './past-imports';
import { PlaceCaseCard } from './place-case-card';
import { FileInput } from '../../ui/file-input';

/** Bytes read for the preview: the first rows of even a very large file. */
const PREVIEW_BYTES = 64 * 1024;
const PREVIEW_ROWS = 20;
/** Columns the preview shows (the whole row would not fit). */
const PREVIEW_COLUMNS = ['creditor_ref', 'debtor_ref', 'debtor_name', 'invoice_ref', 'principal_cents', 'currency', 'due_date'];

const FIGURE_LABELS = defineMessages({
  imported: { id: 'intake.figure.imported', defaultMessage: 'Imported' },
  cases: { id: 'intake.figure.cases', defaultMessage: 'Cases created' },
  duplicates: { id: 'intake.figure.duplicates', defaultMessage: 'Duplicates' },
  rejected: { id: 'intake.figure.rejected', defaultMessage: 'Rejected' },
});

const DOWNLOAD_FAILED: MessageDescriptor = defineMessage({ id: 'intake.download.failed', defaultMessage: 'The download failed (HTTP {status}).' });

function UploadFailureText({ failure }: { failure: UploadFailure }) {
  switch (failure.kind) {
    case 'refused':
      return failure.message;
    case 'http':
      return <FormattedMessage id="intake.upload.failed" defaultMessage="The upload failed (HTTP {status})." values={{ status: failure.status }} />;
    case 'broken':
      return (
        <FormattedMessage
          id="intake.upload.broken"
          defaultMessage="The upload broke off; check the connection and import the file again (rows imported already count as duplicates)."
        />
      );
  }
}

/** `/intake` (leads, admins): place a creditor's portfolio from a CSV file or one case by hand, and see past imports. */
export function IntakePage() {
  return (
    <div className="page page-intake" data-testid="intake-page">
      <div className="page-header">
        <h1>
          <FormattedMessage id="intake.title" defaultMessage="Intake" />
        </h1>
        <span className="muted">
          <FormattedMessage
            id="intake.intro"
            defaultMessage="New cases join the pool at once. An invoice placed before is counted as a duplicate and left as it is."
          />
        </span>
      </div>
      <CaseFileImport />
      <PlaceCaseCard />
      <PastImports />
    </div>
  );
}

function CaseFileImport() {
  const { token } = useAuth();
  const intl = useIntl();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<CaseFilePreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [upload, state, reset] = useUploadCaseFile();
  const job = useQuery(CASE_IMPORT, {
    variables: { id: state.importId ?? '' },
    skip: !state.importId,
    pollInterval: state.uploading ? 700 : 0,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const current = job.data?.caseImport ?? null;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    reset();
    setProblem(null);
    setPreview(null);
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    if (!chosen) return;
    try {
      setPreview(previewCaseFile(await chosen.slice(0, PREVIEW_BYTES).text(), PREVIEW_ROWS, todayIso()));
    } catch {
      setProblem(intl.formatMessage({ id: 'intake.file.unreadable', defaultMessage: '{file} could not be read.' }, { file: chosen.name }));
    }
  }

  const missing = preview?.check.missing ?? [];
  const canImport = file !== null && !state.uploading && missing.length === 0;

  return (
    <Card
      title={<FormattedMessage id="intake.import.title" defaultMessage="Import a case file" />}
      testId="intake-import"
      actions={
        <button type="button" className="btn btn-small" onClick={() => saveBlob(new Blob([caseFileTemplate()], { type: 'text/csv' }), 'case-import-template.csv')} data-testid="intake-template">
          <FormattedMessage id="intake.import.template" defaultMessage="Download template" />
        </button>
      }
    >
      <div className="form">
        <div className="field-row intake-fields">
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="intake.import.file" defaultMessage="CSV file (UTF-8, comma, header row; any size)" />
            </span>
            <FileInput accept=".csv,text/csv" onChange={(e) => void onFile(e)} data-testid="intake-file" />
          </label>
          <div className="form-actions">
            <button type="button" className="btn btn-primary" disabled={!canImport} onClick={() => file && void upload(file)} data-testid="intake-submit">
              {state.uploading ? (
                <FormattedMessage id="intake.import.running" defaultMessage="Importing…" />
              ) : (
                <FormattedMessage id="intake.import.submit" defaultMessage="Import" />
              )}
            </button>
          </div>
        </div>
        {problem ? <div className="form-error" role="alert">{problem}</div> : null}
        {preview && !state.importId ? <Preview preview={preview} /> : null}
        {state.importId && (state.uploading || current) ? <Progress job={current} uploading={state.uploading} /> : null}
        {state.error ? <NoticeBar tone="error" testId="intake-error"><UploadFailureText failure={state.error} /></NoticeBar> : null}
        {!state.uploading && current && current.status !== 'RUNNING' ? <ImportOutcome job={current} token={token} /> : null}
      </div>
    </Card>
  );
}

function Preview({ preview }: { preview: CaseFilePreview }) {
  const { check, header, rows } = preview;
  const index = PREVIEW_COLUMNS.map((c) => header.findIndex((h) => h.trim().toLowerCase() === c));
  const bad = rows.filter((r) => r.problem).length;
  return (
    <div className="intake-preview" data-testid="intake-preview">
      {check.missing.length ? (
        <NoticeBar tone="error" testId="intake-missing">
          <FormattedMessage
            id="intake.preview.missing"
            defaultMessage="The header lacks {columns}. Start from the template."
            values={{ columns: check.missing.join(', ') }}
          />
        </NoticeBar>
      ) : null}
      {check.unknown.length ? (
        <NoticeBar tone="info" testId="intake-unknown">
          <FormattedMessage
            id="intake.preview.unknown"
            defaultMessage="Unknown columns are ignored: {columns}."
            values={{ columns: check.unknown.join(', ') }}
          />
        </NoticeBar>
      ) : null}
      {check.missing.length === 0 ? (
        <>
          <div className="muted small">
            {bad ? (
              <FormattedMessage
                id="intake.preview.summary.bad"
                defaultMessage="Preview of the first {rows, plural, one {# row} other {# rows}}: {bad, number} would be rejected, the others imported. The whole file is checked on import."
                values={{ rows: rows.length, bad }}
              />
            ) : (
              <FormattedMessage
                id="intake.preview.summary.good"
                defaultMessage="Preview of the first {rows, plural, one {# row} other {# rows}}: all look right. The whole file is checked on import."
                values={{ rows: rows.length }}
              />
            )}
          </div>
          <div className="table-wrap">
            <table className="table intake-preview-table">
              <thead>
                <tr>
                  <th className="num">
                    <FormattedMessage id="intake.preview.line" defaultMessage="Line" />
                  </th>
                  {PREVIEW_COLUMNS.map((c) => <th key={c}>{c}</th>)}
                  <th>
                    <FormattedMessage id="intake.preview.check" defaultMessage="Check" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.line} className={r.problem ? 'intake-row-bad' : undefined} data-testid="intake-preview-row">
                    <td className="num">{r.line}</td>
                    {index.map((i, k) => <td key={PREVIEW_COLUMNS[k]}>{i >= 0 ? r.values[i] : ''}</td>)}
                    <td>{r.problem ? <span className="intake-problem">{r.problem.texts[displayLanguage()]}</span> : <Badge tone="good"><FormattedMessage id="intake.preview.ok" defaultMessage="OK" /></Badge>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}

function Progress({ job, uploading }: { job: CaseImport | null; uploading: boolean }) {
  const share = job?.bytesTotal ? Math.min(1, job.bytesProcessed / job.bytesTotal) : null;
  const percent = uploading ? (share === null ? null : Math.round(share * 100)) : 100;
  return (
    <div className="intake-progress" data-testid="intake-progress">
      <div className="intake-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent ?? undefined}>
        <div className={`intake-bar-fill${percent === null ? ' intake-bar-busy' : ''}`} style={{ width: `${percent ?? 100}%` }} />
      </div>
      <span className="muted small">
        {job ? (
          <FormattedMessage
            id="intake.progress.counts"
            defaultMessage="{read, plural, one {# row} other {# rows}} read: {imported, number} imported, {duplicates, number} duplicates, {rejected, number} rejected"
            values={{ read: job.rowsProcessed, imported: job.imported, duplicates: job.duplicates, rejected: job.rejected }}
          />
        ) : (
          <FormattedMessage id="intake.progress.starting" defaultMessage="Starting…" />
        )}
        {percent !== null && uploading ? (
          <>
            {' '}
            <FormattedMessage id="intake.progress.percent" defaultMessage="({share, number, ::percent})" values={{ share: percent / 100 }} />
          </>
        ) : null}
      </span>
    </div>
  );
}

function ImportOutcome({ job, token }: { job: CaseImport; token: string | null }) {
  const intl = useIntl();
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const figures = [
    ['imported', job.imported],
    ['cases', job.casesCreated],
    ['duplicates', job.duplicates],
    ['rejected', job.rejected],
  ] as const;
  return (
    <div className="intake-result" data-testid="intake-result">
      {job.status === 'FAILED' ? (
        <NoticeBar tone="error">
          {job.error ?? <FormattedMessage id="intake.result.stopped" defaultMessage="The import stopped." />}
        </NoticeBar>
      ) : (
        <NoticeBar tone={job.rejected ? 'neutral' : 'success'}>
          {job.imported === 0 && job.duplicates > 0 ? (
            <FormattedMessage id="intake.result.nothingNew" defaultMessage="Nothing new: every invoice in the file was placed before." />
          ) : (
            <FormattedMessage
              id="intake.result.placed"
              defaultMessage="{invoices, plural, one {# invoice} other {# invoices}} placed in {cases, plural, one {# new case} other {# new cases}}."
              values={{ invoices: job.imported, cases: job.casesCreated }}
            />
          )}
          {job.rejected ? (
            <>
              {' '}
              <FormattedMessage
                id="intake.result.rejected"
                defaultMessage="{rows, plural, one {# row was} other {# rows were}} rejected: download them below."
                values={{ rows: job.rejected }}
              />
            </>
          ) : null}
        </NoticeBar>
      )}
      {job.warnings.map((w) => <div key={w} className="muted small">{w}</div>)}
      <dl className="intake-figures">
        {figures.map(([id, value]) => (
          <div key={id} data-testid={`intake-count-${id}`}>
            <dt>{intl.formatMessage(FIGURE_LABELS[id])}</dt>
            <dd>{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      {job.rejected ? (
        <div className="form-actions">
          <button
            type="button"
            className="btn"
            data-testid="intake-rejected-download"
            onClick={() =>
              void downloadRejectedRows(job.id, token).catch((e: unknown) =>
                setDownloadError(intl.formatMessage(DOWNLOAD_FAILED, { status: e instanceof DownloadError ? e.status : '–' })),
              )
            }
          >
            <FormattedMessage id="intake.result.downloadRejected" defaultMessage="Download rejected rows (CSV)" />
          </button>
          <span className="muted small">
            <FormattedMessage
              id="intake.result.downloadHint"
              defaultMessage="Each with its line, the column at fault and why; fix them and import that file."
            />
          </span>
        </div>
      ) : null}
      {downloadError ? <div className="form-error" role="alert">{downloadError}</div> : null}
    </div>
  );
}
