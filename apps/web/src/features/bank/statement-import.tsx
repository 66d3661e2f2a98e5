import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Card } from '../../ui/card';
import { FormError } from '../../ui/error-banner';
import type { BankImportResult, BankStatementFormat } from './bank.graphql';
import { decodeStatement, guessFormat, statementFileProblem } from './statement-file';
import { useImportBankStatement } from './hooks/use-import-bank-statement';
import { NoticeBar } from '../../ui/notice-bar';

interface ChosenFile {
  name: string;
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

const FORMAT_LABELS: Record<BankStatementFormat, string> = {
  CAMT053: 'camt.053 (XML)',
  CSV: 'CSV',
};

/** Picks a statement file, reads it as text in the browser and sends it to `importBankStatement`. */
export function StatementImport() {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [format, setFormat] = useState<BankStatementFormat>('CAMT053');
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [importStatement, { data, loading, error, reset }] = useImportBankStatement();

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    reset();
    setProblem(null);
    setFile(null);
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    const refusal = statementFileProblem(chosen);
    if (refusal) {
      setProblem(refusal);
      return;
    }
    setReading(true);
    try {
      const decoded = decodeStatement(await chosen.arrayBuffer());
      setFile({ name: chosen.name, ...decoded });
      setFormat((current) => guessFormat(chosen.name, decoded.text.slice(0, 512)) ?? current);
    } catch {
      setProblem(`${chosen.name} could not be read.`);
    } finally {
      setReading(false);
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    if (!file) {
      setProblem('Choose a statement file first.');
      return;
    }
    try {
      await importStatement({ variables: { format, content: file.text, fileName: file.name } });
    } catch {
      /* shown below from the mutation's error */
    }
  }

  return (
    <Card title="Import a bank statement" testId="bank-import">
      <form className="form" onSubmit={onSubmit} noValidate>
        <div className="field-row bank-import-fields">
          <label className="field">
            <span className="field-label">Statement file (camt.053 XML or CSV, up to 5 MB)</span>
            <input type="file" accept=".xml,.csv,.txt,text/xml,application/xml,text/csv" onChange={(e) => void onFile(e)} data-testid="bank-file" />
          </label>
          <label className="field">
            <span className="field-label">Format</span>
            <select value={format} onChange={(e) => setFormat(e.target.value as BankStatementFormat)} data-testid="bank-format">
              {(Object.keys(FORMAT_LABELS) as BankStatementFormat[]).map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
          </label>
        </div>
        {file && file.encoding !== 'utf-8' ? (
          <div className="muted small">{file.name} is not UTF-8; it was read as Windows-1252.</div>
        ) : null}
        {format === 'CSV' ? (
          <div className="muted small">
            CSV header: <code>booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id</code>
          </div>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={!file || reading || loading} data-testid="bank-import-submit">
            {reading ? 'Reading…' : loading ? 'Importing…' : 'Import'}
          </button>
          <span className="muted small">Lines imported before are skipped, so importing a file twice is safe.</span>
        </div>
        {problem ? (
          <div className="form-error" role="alert">
            {problem}
          </div>
        ) : null}
        <FormError error={error} />
      </form>
      {data ? <ImportResult result={data.importBankStatement} /> : null}
    </Card>
  );
}

function ImportResult({ result }: { result: BankImportResult }) {
  const figures: [string, number, string][] = [
    ['Imported', result.imported, 'imported'],
    ['Matched', result.matched, 'matched'],
    ['Unmatched', result.unmatched, 'unmatched'],
    ['Duplicates', result.duplicates, 'duplicates'],
    ['Debits skipped', result.skippedDebits, 'skipped-debits'],
    ['Rejected', result.rejected.length, 'rejected'],
  ];
  return (
    <div className="bank-result" data-testid="bank-import-result">
      <NoticeBar tone={result.rejected.length ? 'neutral' : 'success'}>
        {result.imported === 0 && result.duplicates > 0
          ? 'Nothing new: every credit in the file was imported before.'
          : `${result.imported} new credit${result.imported === 1 ? '' : 's'} imported; ${result.matched} booked on a case.`}
        {result.rejected.length ? ` ${result.rejected.length} line${result.rejected.length === 1 ? '' : 's'} could not be read.` : ''}
      </NoticeBar>
      <dl className="bank-figures">
        {figures.map(([label, value, id]) => (
          <div key={id} data-testid={`bank-count-${id}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {result.rejected.length ? (
        <div className="table-wrap">
          <table className="table" data-testid="bank-rejected">
            <thead>
              <tr>
                <th className="num">Line</th>
                <th>Problem</th>
              </tr>
            </thead>
            <tbody>
              {result.rejected.map((r, i) => (
                <tr key={`${r.line}-${i}`}>
                  <td className="num">{r.line}</td>
                  <td>{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
