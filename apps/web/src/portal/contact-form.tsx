import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalCaseQuery, PreferredChannel } from '../gql/graphql';
import { usePortalUpdateContact } from './hooks/use-portal-update-contact';

type PortalCaseData = PortalCaseQuery['portalCase'];

const CHANNELS: PreferredChannel[] = ['EMAIL', 'SMS', 'PHONE', 'LETTER'];

/** The debtor's e-mail, phone and preferred channel; an emptied field clears it. */
export function ContactForm({ data }: { data: PortalCaseData }) {
  const { t } = useTranslation();
  const [update, { loading }] = usePortalUpdateContact();
  const [email, setEmail] = useState(data.contact.email ?? '');
  const [phone, setPhone] = useState(data.contact.phone ?? '');
  const [channel, setChannel] = useState<PreferredChannel | ''>(data.contact.preferredChannel ?? '');
  const [error, setError] = useState<'email' | 'phone' | 'other' | null>(null);
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return setError('email');
    setError(null);
    try {
      await update({ variables: { input: { email: email.trim(), phone: phone.trim(), ...(channel ? { preferredChannel: channel } : {}) } } });
      setSaved(true);
    } catch (err) {
      const field = CombinedGraphQLErrors.is(err) ? err.errors.find((e) => e.extensions?.field)?.extensions?.field : null;
      setError(field === 'email' ? 'email' : field === 'phone' ? 'phone' : 'other');
    }
  }

  const errorText = error === 'email' ? t('contact.emailInvalid') : error === 'phone' ? t('contact.phoneInvalid') : error ? t('common.error') : null;

  return (
    <section className="portal-card" aria-labelledby="portal-contact-title">
      <h2 id="portal-contact-title">{t('contact.title')}</h2>
      <p>{t('contact.intro')}</p>
      <form className="portal-form" onSubmit={onSubmit} noValidate>
        <div className="portal-field">
          <label htmlFor="portal-contact-email">{t('contact.email')}</label>
          <input
            id="portal-contact-email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={error === 'email' ? true : undefined}
            data-testid="portal-contact-email"
          />
        </div>
        <div className="portal-field">
          <label htmlFor="portal-contact-phone">{t('contact.phone')}</label>
          <input
            id="portal-contact-phone"
            type="tel"
            autoComplete="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            aria-invalid={error === 'phone' ? true : undefined}
            data-testid="portal-contact-phone"
          />
        </div>
        <div className="portal-field">
          <label htmlFor="portal-contact-channel">{t('contact.channel')}</label>
          <select id="portal-contact-channel" value={channel} onChange={(e) => setChannel(e.target.value as PreferredChannel | '')} data-testid="portal-contact-channel">
            <option value="">{t('contact.channels.NONE')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`contact.channels.${c}`)}
              </option>
            ))}
          </select>
        </div>
        {errorText ? (
          <p className="portal-error" role="alert" data-testid="portal-contact-error">
            {errorText}
          </p>
        ) : null}
        {saved ? (
          <p className="portal-notice" role="status" data-testid="portal-contact-saved">
            {t('contact.done')}
          </p>
        ) : null}
        <button type="submit" className="portal-button portal-button-primary" disabled={loading} data-testid="portal-contact-submit">
          {loading ? t('more.sending') : t('contact.submit')}
        </button>
      </form>
    </section>
  );
}
