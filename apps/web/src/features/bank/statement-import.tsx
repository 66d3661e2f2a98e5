import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { Card } from '../../ui/card';
import { FormError } from '../../ui/error-banner';
import { BANK_CSV_MAPPINGS, OWN_BANK_ACCOUNTS, type BankCsvMappingInput, type BankStatementFormat } from './bank.graphql';
import { CsvMappingEditor } from './csv-mapping-editor';
import { EMPTY_FORM, formFromLayout, formProblems, mappingForAccount, mappingInput, type MappingForm } from './csv-mapping-form';
import { decodeStatement, FILE_MESSAGES, guessFormat, statementFileProblem, type ChosenFile } from './statement-file';
import { ImportResult } from './statement-import-result';
import {
  AccountSelect, FormatSelect, MappingEditPanel, MappingSelect, SavedMappingActions, StandardColumnsHint, type MappingChoice,
} from './statement-mapping-controls';
import { StatementPreview } from './statement-preview';
import { useDeleteBankCsvMapping } from './hooks/use-delete-bank-csv-mapping';
import { useUploadBankStatement } from './hooks/use-upload-bank-statement';
import { useSaveBankCsvMapping } from './hooks/use-save-bank-csv-mapping';
import { useStatementPreview } from './use-statement-preview';
import { formatUiText, UiTextError, type UiText } from './ui-text';
import { FileInput } from '../../ui/file-input';

const IMPORT_MESSAGES = defineMessages({
  chooseFile: { id: 'bank.import.chooseFileFirst', defaultMessage: 'Choose a statement file first.' },
  chooseAccount: { id: 'bank.import.chooseAccountProblem', defaultMessage: 'Choose the account the statement is for: the file names none.' },
});

/**
 * Picks a statement file, reads it in the browser (UTF-8, else Windows-1252) and previews it. A
 * bank's own CSV export is read through a column mapping saved once per account: the file's
 * layout is recognised as far as possible, the person checks and saves it, and the preview shows
 * each row as the import will read it before anything is imported.
 */
export function StatementImport() {
  const intl = useIntl();
  const client = useApolloClient();
  const mappings = useQuery(BANK_CSV_MAPPINGS);
  const saved = mappings.data?.bankCsvMappings ?? [];
  const ownAccounts = useQuery(OWN_BANK_ACCOUNTS);
  // The account the statement is for, chosen when neither the file nor its mapping names one.
  const [accountIban, setAccountIban] = useState('');
  const [accountMissing, setAccountMissing] = useState(false);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [format, setFormat] = useState<BankStatementFormat>('CAMT053');
  const [choice, setChoice] = useState<MappingChoice>({ kind: 'standard' });
  const [form, setForm] = useState<MappingForm>(EMPTY_FORM);
  const [showProblems, setShowProblems] = useState(false);
  const [problem, setProblem] = useState<UiText | null>(null);
  const [reading, setReading] = useState(false);
  // The file goes to the multipart upload route (5 MB), not into a GraphQL body.
  const { upload, data, loading, error, reset } = useUploadBankStatement();
  const [saveMapping, saving] = useSaveBankCsvMapping();
  const [deleteMapping, deleting] = useDeleteBankCsvMapping();
  const problems = formProblems(form);
  const { preview, fileColumns, runPreview, clearPreview } = useStatementPreview();

  // While a mapping is edited, the preview follows it (a moment after the last change).
  const editedInput = choice.kind === 'editing' && file && Object.keys(problems).length === 0 ? JSON.stringify(mappingInput(form)) : null;
  useEffect(() => {
    if (!editedInput || !file) return;
    const timer = setTimeout(() => void runPreview(file.text, 'CSV', { mapping: JSON.parse(editedInput) as BankCsvMappingInput }), 600);
    return () => clearTimeout(timer);
    // runPreview reads no state besides its arguments and refs: the edited mapping and the file decide.
  }, [editedInput, file]);

  /** The saved mappings, waiting for them when the page has only just asked (the cache answers otherwise). */
  async function savedMappings() {
    try {
      return (await client.query({ query: BANK_CSV_MAPPINGS })).data?.bankCsvMappings ?? [];
    } catch {
      return saved;
    }
  }

  /** First look at a CSV: a saved mapping for its account, else the standard columns, else a new mapping from the guess. */
  async function firstPreview(chosen: ChosenFile, asFormat: BankStatementFormat) {
    if (asFormat !== 'CSV') {
      await runPreview(chosen.text, asFormat);
      return;
    }
    const [first, list] = await Promise.all([runPreview(chosen.text, 'CSV'), savedMappings()]);
    if (!first) return;
    const known = mappingForAccount(list, first.detected?.accountIban);
    if (known) {
      setChoice({ kind: 'saved', id: known.id });
      await runPreview(chosen.text, 'CSV', { mappingId: known.id });
    } else if (first.layout || first.problem) {
      setChoice({ kind: 'editing', id: null });
      setForm(first.detected ? formFromLayout(first.detected) : EMPTY_FORM);
      setShowProblems(false);
    } else {
      setChoice({ kind: 'standard' });
    }
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    reset();
    setProblem(null);
    setFile(null);
    setAccountIban('');
    setAccountMissing(false);
    clearPreview();
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
      const next = { name: chosen.name, ...decoded };
      const guessed = guessFormat(chosen.name, decoded.text.slice(0, 512)) ?? format;
      setFile(next);
      setFormat(guessed);
      setReading(false);
      await firstPreview(next, guessed);
    } catch {
      setProblem({ message: FILE_MESSAGES.unreadable, values: { name: chosen.name } });
    } finally {
      setReading(false);
    }
  }

  function onFormat(next: BankStatementFormat) {
    setFormat(next);
    reset();
    if (file) void firstPreview(file, next);
  }

  function onChoice(value: string) {
    reset();
    if (value === 'standard') {
      setChoice({ kind: 'standard' });
      if (file) void runPreview(file.text, 'CSV');
    } else if (value === 'new') {
      setChoice({ kind: 'editing', id: null });
      setForm(preview.data?.detected ? formFromLayout(preview.data.detected) : EMPTY_FORM);
      setShowProblems(false);
    } else {
      setChoice({ kind: 'saved', id: value });
      if (file) void runPreview(file.text, 'CSV', { mappingId: value });
    }
  }

  function editSaved(id: string) {
    const mapping = saved.find((m) => m.id === id);
    if (!mapping) return;
    setChoice({ kind: 'editing', id });
    setForm(formFromLayout(mapping));
    setShowProblems(false);
  }

  function previewEdited() {
    setShowProblems(true);
    if (Object.keys(problems).length || !file) return;
    void runPreview(file.text, 'CSV', { mapping: mappingInput(form) });
  }

  async function onSave() {
    setShowProblems(true);
    if (Object.keys(problems).length || choice.kind !== 'editing') return;
    try {
      const result = await saveMapping({ variables: { input: mappingInput(form), id: choice.id } });
      const id = result.data?.saveBankCsvMapping.id;
      if (id) {
        setChoice({ kind: 'saved', id });
        if (file) await runPreview(file.text, 'CSV', { mappingId: id });
      }
    } catch {
      /* shown below from the mutation's error */
    }
  }

  async function onDelete(id: string) {
    const mapping = saved.find((m) => m.id === id);
    const question = mapping
      ? intl.formatMessage(
          { id: 'bank.import.confirmDelete', defaultMessage: 'Delete the mapping “{name}”? Statements imported with it stay.' },
          { name: mapping.name },
        )
      : null;
    if (!question || !window.confirm(question)) return;
    try {
      await deleteMapping({ variables: { id } });
      setChoice({ kind: 'standard' });
      if (file) await runPreview(file.text, 'CSV');
    } catch {
      /* shown below */
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    if (!file) {
      setProblem({ message: IMPORT_MESSAGES.chooseFile });
      return;
    }
    const how =
      format !== 'CSV' || choice.kind === 'standard'
        ? {}
        : choice.kind === 'saved'
          ? { mappingId: choice.id }
          : Object.keys(problems).length
            ? null
            : { mapping: mappingInput(form) };
    if (how === null) {
      setShowProblems(true);
      return;
    }
    if (needsAccount && !accountIban) {
      setAccountMissing(true);
      setProblem({ message: IMPORT_MESSAGES.chooseAccount });
      return;
    }
    const account = needsAccount ? { accountIban } : {};
    if (await upload({ format, text: file.text, fileName: file.name, ...how, ...account })) await runPreview(file.text, format, how);
  }

  function onAccount(iban: string) {
    setAccountIban(iban);
    setAccountMissing(false);
    if (iban) setProblem(null);
  }

  // A statement must name its account: when the preview finds none in the file or the mapping, the person chooses it.
  const needsAccount = !!file && !!preview.data && !preview.data.problem && !preview.data.accountIban;
  const choiceValue = choice.kind === 'standard' ? 'standard' : choice.kind === 'saved' ? choice.id : (choice.id ?? 'new');
  const canImport = !!file && !reading && !loading && !(preview.data?.problem && choice.kind !== 'editing');

  return (
    <Card title={<FormattedMessage id="bank.import.title" defaultMessage="Import a bank statement" />} testId="bank-import">
      <form className="form" onSubmit={onSubmit} noValidate>
        <div className="field-row bank-import-fields">
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="bank.import.file" defaultMessage="Statement file (camt.053 XML or CSV, up to 5 MB)" />
            </span>
            <FileInput accept=".xml,.csv,.txt,text/xml,application/xml,text/csv" onChange={(e) => void onFile(e)} data-testid="bank-file" />
          </label>
          <FormatSelect format={format} onChange={onFormat} />
          {format === 'CSV' ? <MappingSelect value={choiceValue} saved={saved} editingId={choice.kind === 'editing' ? choice.id : null} onChange={onChoice} /> : null}
          {needsAccount ? (
            <AccountSelect value={accountIban} accounts={ownAccounts.data?.ownBankAccounts ?? []} onChange={onAccount} missing={accountMissing} />
          ) : null}
        </div>
        {needsAccount ? (
          <div className="muted small" data-testid="bank-account-hint">
            <FormattedMessage
              id="bank.import.accountHint"
              defaultMessage="The file names no account: choose the agency's account it is for. Statements are imported only for the agency's own accounts."
            />
          </div>
        ) : null}
        <FormError error={needsAccount ? ownAccounts.error : null} />
        {file && file.encoding !== 'utf-8' ? (
          <div className="muted small">
            <FormattedMessage id="bank.import.windows1252" defaultMessage="{name} is not UTF-8; it was read as Windows-1252." values={{ name: file.name }} />
          </div>
        ) : null}
        {format === 'CSV' && choice.kind === 'standard' ? <StandardColumnsHint /> : null}
        {format === 'CSV' && choice.kind === 'saved' ? (
          <SavedMappingActions onEdit={() => editSaved(choice.id)} onDelete={() => void onDelete(choice.id)} deleting={deleting.loading} />
        ) : null}
        {format === 'CSV' && choice.kind === 'editing' ? (
          <MappingEditPanel
            editingId={choice.id}
            editor={<CsvMappingEditor form={form} onChange={setForm} fileColumns={fileColumns} problems={problems} showProblems={showProblems} />}
            onPreview={previewEdited}
            previewDisabled={!file || preview.loading}
            onSave={() => void onSave()}
            saving={saving.loading}
            saveError={saving.error}
          />
        ) : null}
        <FormError error={deleting.error} />
        {preview.loading ? (
          <div className="muted small">
            {preview.data ? (
              <FormattedMessage id="bank.import.updatingPreview" defaultMessage="Updating the preview…" />
            ) : (
              <FormattedMessage id="bank.import.readingFile" defaultMessage="Reading the file…" />
            )}
          </div>
        ) : null}
        {preview.error instanceof UiTextError ? (
          <div className="form-error" role="alert">
            {formatUiText(intl, preview.error.text)}
          </div>
        ) : (
          <FormError error={preview.error} />
        )}
        {preview.data ? <StatementPreview preview={preview.data} /> : null}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={!canImport} data-testid="bank-import-submit">
            {reading ? (
              <FormattedMessage id="bank.import.reading" defaultMessage="Reading…" />
            ) : loading ? (
              <FormattedMessage id="bank.import.importing" defaultMessage="Importing…" />
            ) : (
              <FormattedMessage id="bank.import.submit" defaultMessage="Import" />
            )}
          </button>
          <span className="muted small">
            <FormattedMessage id="bank.import.twiceIsSafe" defaultMessage="Lines imported before are skipped, so importing a file twice is safe." />
          </span>
        </div>
        {problem ? (
          <div className="form-error" role="alert">
            {formatUiText(intl, problem)}
          </div>
        ) : null}
        {error ? (
          <div className="form-error" role="alert" data-testid="bank-import-error">
            {formatUiText(intl, error)}
          </div>
        ) : null}
      </form>
      {data ? <ImportResult result={data} /> : null}
    </Card>
  );
}
