import './intake.css';
import { useQuery } from '@apollo/client/react';
import { useState, type ChangeEvent } from 'react';
import { useAuth } from '../../app/auth-context';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { todayIso } from '../../ui/date';
import { NoticeBar } from '../../ui/notice-bar';
import { caseFileTemplate, previewCaseFile, type CaseFilePreview } from './csv-preview';
import { downloadRejectedRows, saveBlob, useUploadCaseFile } from './hooks/use-upload-case-file';
import { CASE_IMPORT, type CaseImport } from './intake.graphql';
import { PastImports } from './past-imports';
import { PlaceCaseCard } from './place-case-card';

/** Bytes read for the preview: the first rows of even a very large file. */
const PREVIEW_BYTES = 64 * 1024;
const PREVIEW_ROWS = 20;
/** Columns the preview shows (the whole row would not fit). */
const PREVIEW_COLUMNS = ['creditor_ref', 'debtor_ref', 'debtor_name', 'invoice_ref', 'principal_cents', 'currency', 'due_date'];

/** `/intake` (leads, admins): place a creditor's portfolio from a CSV file or one case by hand, and see past imports. */
export function IntakePage() {
  return (
    <div className="page page-intake" data-testid="intake-page">
      <div className="page-header">
        <h1>Intake</h1>
        <span className="muted">New cases join the pool at once. An invoice placed before is counted as a duplicate and left as it is.</span>
      </div>
      <CaseFileImport />
      <PlaceCaseCard />
      <PastImports />
    </div>
  );
}

function CaseFileImport() {
  const { token } = useAuth();
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
      setProblem(`${chosen.name} could not be read.`);
    }
  }

  const missing = preview?.check.missing ?? [];
  const canImport = file !== null && !state.uploading && missing.length === 0;

  return (
    <Card
      title="Import a case file"
      testId="intake-import"
      actions={
        <button type="button" className="btn btn-small" onClick={() => saveBlob(new Blob([caseFileTemplate()], { type: 'text/csv' }), 'case-import-template.csv')} data-testid="intake-template">
          Download template
        </button>
      }
    >
      <div className="form">
        <div className="field-row intake-fields">
          <label className="field">
            <span className="field-label">CSV file (UTF-8, comma, header row; any size)</span>
            <input type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} data-testid="intake-file" />
          </label>
          <div className="form-actions">
            <button type="button" className="btn btn-primary" disabled={!canImport} onClick={() => file && void upload(file)} data-testid="intake-submit">
              {state.uploading ? 'Importing…' : 'Import'}
            </button>
          </div>
        </div>
        {problem ? <div className="form-error" role="alert">{problem}</div> : null}
        {preview && !state.importId ? <Preview preview={preview} /> : null}
        {state.importId && (state.uploading || current) ? <Progress job={current} uploading={state.uploading} /> : null}
        {state.error ? <NoticeBar tone="error" testId="intake-error">{state.error}</NoticeBar> : null}
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
        <NoticeBar tone="error" testId="intake-missing">The header lacks {check.missing.join(', ')}. Start from the template.</NoticeBar>
      ) : null}
      {check.unknown.length ? (
        <NoticeBar tone="info" testId="intake-unknown">Unknown columns are ignored: {check.unknown.join(', ')}.</NoticeBar>
      ) : null}
      {check.missing.length === 0 ? (
        <>
          <div className="muted small">
            Preview of the first {rows.length} row{rows.length === 1 ? '' : 's'}
            {bad ? `: ${bad} would be rejected, the others imported.` : ': all look right.'} The whole file is checked on import.
          </div>
          <div className="table-wrap">
            <table className="table intake-preview-table">
              <thead>
                <tr>
                  <th className="num">Line</th>
                  {PREVIEW_COLUMNS.map((c) => <th key={c}>{c}</th>)}
                  <th>Check</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.line} className={r.problem ? 'intake-row-bad' : undefined} data-testid="intake-preview-row">
                    <td className="num">{r.line}</td>
                    {index.map((i, k) => <td key={PREVIEW_COLUMNS[k]}>{i >= 0 ? r.values[i] : ''}</td>)}
                    <td>{r.problem ? <span className="intake-problem">{r.problem.message}</span> : <Badge tone="good">OK</Badge>}</td>
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
        {job ? `${job.rowsProcessed.toLocaleString()} rows read: ${job.imported.toLocaleString()} imported, ${job.duplicates.toLocaleString()} duplicates, ${job.rejected.toLocaleString()} rejected` : 'Starting…'}
        {percent !== null && uploading ? ` (${percent} %)` : ''}
      </span>
    </div>
  );
}

function ImportOutcome({ job, token }: { job: CaseImport; token: string | null }) {
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const figures: [string, number, string][] = [
    ['Imported', job.imported, 'imported'],
    ['Cases created', job.casesCreated, 'cases'],
    ['Duplicates', job.duplicates, 'duplicates'],
    ['Rejected', job.rejected, 'rejected'],
  ];
  return (
    <div className="intake-result" data-testid="intake-result">
      {job.status === 'FAILED' ? (
        <NoticeBar tone="error">{job.error ?? 'The import stopped.'}</NoticeBar>
      ) : (
        <NoticeBar tone={job.rejected ? 'neutral' : 'success'}>
          {job.imported === 0 && job.duplicates > 0
            ? 'Nothing new: every invoice in the file was placed before.'
            : `${job.imported.toLocaleString()} invoice${job.imported === 1 ? '' : 's'} placed in ${job.casesCreated.toLocaleString()} new case${job.casesCreated === 1 ? '' : 's'}.`}
          {job.rejected ? ` ${job.rejected.toLocaleString()} row${job.rejected === 1 ? ' was' : 's were'} rejected: download them below.` : ''}
        </NoticeBar>
      )}
      {job.warnings.map((w) => <div key={w} className="muted small">{w}</div>)}
      <dl className="intake-figures">
        {figures.map(([label, value, id]) => (
          <div key={id} data-testid={`intake-count-${id}`}>
            <dt>{label}</dt>
            <dd>{value.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      {job.rejected ? (
        <div className="form-actions">
          <button
            type="button"
            className="btn"
            data-testid="intake-rejected-download"
            onClick={() => void downloadRejectedRows(job.id, token).catch((e: Error) => setDownloadError(e.message))}
          >
            Download rejected rows (CSV)
          </button>
          <span className="muted small">Each with its line, the column at fault and why; fix them and import that file.</span>
        </div>
      ) : null}
      {downloadError ? <div className="form-error" role="alert">{downloadError}</div> : null}
    </div>
  );
}
