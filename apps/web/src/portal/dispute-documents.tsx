import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_ACCEPT, type DocumentError } from './dispute-document';
import { usePortalDisputeDocument } from './hooks/use-portal-dispute-document';
import { PortalFileInput } from './portal-file-input';

/** After the objection: the debtor adds documents to it, one file at a time; the names sent so far stay listed. */
export function DisputeDocuments() {
  const { t } = useTranslation();
  const { upload, uploading } = usePortalDisputeDocument();
  const [sent, setSent] = useState<string[]>([]);
  const [error, setError] = useState<DocumentError | null>(null);
  // A new field after each upload (the field shows the chosen file's name); it keeps the focus.
  const [uploads, setUploads] = useState(0);
  const inputId = useId();
  const introId = useId();

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(null);
    const failure = await upload(file);
    if (failure) setError(failure);
    else setSent((names) => [...names, file.name]);
    setUploads((n) => n + 1);
  }

  return (
    <section className="portal-documents" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('dispute.documentsTitle')}</h2>
      <p id={introId}>{t('dispute.documentsIntro')}</p>
      <div className="portal-field">
        <label htmlFor={inputId}>{t('dispute.documentLabel')}</label>
        <PortalFileInput
          key={uploads}
          autoFocus={uploads > 0}
          id={inputId}
          accept={DOCUMENT_ACCEPT}
          onChange={(e) => void onChange(e)}
          disabled={uploading}
          aria-describedby={introId}
          data-testid="portal-dispute-file"
        />
      </div>
      {uploading ? (
        <p className="portal-hint" role="status">
          {t('dispute.documentUploading')}
        </p>
      ) : null}
      {error ? (
        <p className="portal-error" role="alert" data-testid="portal-dispute-file-error">
          {t(`dispute.documentErrors.${error}`)}
        </p>
      ) : null}
      {sent.length ? (
        <>
          <h3 className="portal-documents-sent">{t('dispute.documentsSent')}</h3>
          <ul className="portal-documents-list" data-testid="portal-dispute-files">
            {sent.map((name, i) => (
              <li key={`${i}-${name}`}>{name}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
