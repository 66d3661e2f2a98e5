import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisputeReason, PortalCaseQuery } from '../gql/graphql';
import { DisputeDocuments } from './dispute-documents';
import { usePortalDispute } from './hooks/use-portal-dispute';

type PortalCaseData = PortalCaseQuery['portalCase'];

const REASONS: DisputeReason[] = ['ALREADY_PAID', 'AMOUNT', 'NOT_MY_DEBT', 'NOT_RECEIVED', 'OTHER'];
const MAX_TEXT = 2000;

/** The debtor objects to the claim: a reason and their own words, then documents if they have some; a person checks it, dunning pauses. */
export function DisputePage({ data }: { data: PortalCaseData }) {
  const { t } = useTranslation();
  const [dispute, { loading }] = usePortalDispute();
  const [reason, setReason] = useState<DisputeReason | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const hintId = useId();

  if (data.status === 'CLOSED') return <p className="portal-card portal-notice">{t('overview.closed')}</p>;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!reason || text.length > MAX_TEXT) return setError(t('dispute.invalid'));
    setError(null);
    try {
      await dispute({ variables: { reason, text: text.trim() } });
      setDone(true);
    } catch {
      setError(t('common.error'));
    }
  }

  return (
    <section className="portal-card" aria-labelledby="portal-dispute-title">
      <h1 id="portal-dispute-title">{t('dispute.title')}</h1>
      {done ? (
        <>
          <p className="portal-notice" role="status" data-testid="portal-dispute-done">
            {t('dispute.done')}
          </p>
          <DisputeDocuments />
        </>
      ) : (
        <>
          <p>{t('dispute.intro')}</p>
          <form className="portal-form" onSubmit={onSubmit} noValidate>
            <fieldset className="portal-choices">
              <legend>{t('dispute.reason')}</legend>
              {REASONS.map((r) => (
                <label key={r} className="portal-choice">
                  <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} data-testid={`portal-dispute-${r}`} />
                  <span>{t(`dispute.reasons.${r}`)}</span>
                </label>
              ))}
            </fieldset>
            <div className="portal-field">
              <label htmlFor="portal-dispute-text">{t('dispute.text')}</label>
              <textarea
                id="portal-dispute-text"
                rows={5}
                maxLength={MAX_TEXT}
                value={text}
                onChange={(e) => setText(e.target.value)}
                aria-describedby={hintId}
                data-testid="portal-dispute-text"
              />
              <p id={hintId} className="portal-hint">
                {t('dispute.textHint')}
              </p>
            </div>
            {error ? (
              <p className="portal-error" role="alert" data-testid="portal-dispute-error">
                {error}
              </p>
            ) : null}
            <button type="submit" className="portal-button portal-button-primary" disabled={loading} data-testid="portal-dispute-submit">
              {loading ? t('more.sending') : t('dispute.submit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
