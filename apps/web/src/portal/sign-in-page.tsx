import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortalSignIn } from './hooks/use-portal-sign-in';
import { usePortalSession, usePortalSessionState } from './portal-context';
import { signInError, type SignInError } from './sign-in-error';

export function SignInPage({ linkToken }: { linkToken: string }) {
  const { t } = useTranslation();
  const session = usePortalSession();
  const notice = usePortalSessionState((s) => s.notice());
  const [signIn, { loading }] = usePortalSignIn();
  const [postcode, setPostcode] = useState('');
  const [error, setError] = useState<SignInError | null>(null);
  const hintId = useId();
  const errorId = useId();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const check = postcode.trim();
    if (!check) {
      setError('required');
      return;
    }
    setError(null);
    try {
      const { data } = await signIn({ variables: { linkToken, check } });
      if (!data) throw new Error('no data');
      // Once signed in, the case's language applies: a pick on this form was for this form only.
      session.chooseLanguage(null);
      session.set({ linkToken, token: data.portalSignIn.token, expiresAt: data.portalSignIn.expiresAt });
    } catch (err) {
      setError(signInError(err));
    }
  }

  const errorText = error === 'other' ? t('common.error') : error ? t(`signIn.${error}`) : null;

  return (
    <section className="portal-card portal-sign-in" aria-labelledby="portal-sign-in-title">
      <h1 id="portal-sign-in-title">{t('signIn.title')}</h1>
      {notice ? (
        <p className="portal-notice" role="status" data-testid="portal-sign-in-notice">
          {t(`signIn.${notice}`)}
        </p>
      ) : null}
      <p>{t('signIn.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="portal-form">
        <div className="portal-field">
          <label htmlFor="portal-postcode">{t('signIn.postcode')}</label>
          <input
            id="portal-postcode"
            name="postcode"
            autoComplete="postal-code"
            inputMode="text"
            required
            value={postcode}
            onChange={(e) => setPostcode(e.target.value)}
            aria-describedby={errorText ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error ? true : undefined}
            data-testid="portal-postcode"
          />
          <p id={hintId} className="portal-hint">
            {t('signIn.postcodeHint')}
          </p>
        </div>
        {errorText ? (
          <p id={errorId} className="portal-error" role="alert" data-testid={`portal-sign-in-error-${error}`}>
            {errorText}
          </p>
        ) : null}
        <button type="submit" className="portal-button portal-button-primary" disabled={loading} data-testid="portal-sign-in">
          {loading ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}
