import { addDays, PROMISE_MAX_DAYS_AHEAD, type IsoDate } from '@mahnwerk/domain';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePositiveAmountToCents } from '../features/case/parse-amount';
import type { PortalCaseQuery } from '../gql/graphql';
import { formatPortalAmount, formatPortalDate, plainAmount } from './format';
import { usePortalPromise } from './hooks/use-portal-promise';
import { usePortalRequestCallback } from './hooks/use-portal-request-callback';
import { ContactForm } from './contact-form';
import { usePortalLanguage } from './portal-context';
import { callWindow } from './request-window';
import { PortalDateInput } from './portal-date-input';

type PortalCaseData = PortalCaseQuery['portalCase'];

/** The field a BAD_USER_INPUT answer names, if any. */
function errorField(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const field = error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT')?.extensions?.field;
  return typeof field === 'string' ? field : null;
}

function PromiseForm({ data }: { data: PortalCaseData }) {
  const { t } = useTranslation();
  const language = usePortalLanguage();
  const [promise, { loading }] = usePortalPromise();
  const today = data.planRules.earliestFirstDueDate;
  const latest = addDays(today as IsoDate, PROMISE_MAX_DAYS_AHEAD);
  const open = Math.max(data.balance.totalCents, 0);
  const [amount, setAmount] = useState(() => plainAmount(open, data.currency, language));
  const [date, setDate] = useState(() => addDays(today as IsoDate, 7));
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ amountCents: number; date: string } | null>(null);
  const amountHint = useId();
  const dateHint = useId();
  const vars = { latest: formatPortalDate(latest, language), max: formatPortalAmount(open, data.currency, language) };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = parsePositiveAmountToCents(amount);
    if (!parsed.ok || parsed.cents > open) return setError(t('more.amountInvalid'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < today || date > latest) return setError(t('more.dateInvalid', vars));
    setError(null);
    try {
      await promise({ variables: { date, amountCents: parsed.cents } });
      setDone({ amountCents: parsed.cents, date });
    } catch (err) {
      const field = errorField(err);
      setError(field === 'promiseAmountCents' ? t('more.amountInvalid') : field === 'promiseDate' ? t('more.dateInvalid', vars) : t('common.error'));
    }
  }

  return (
    <section className="portal-card" aria-labelledby="portal-promise-title">
      <h2 id="portal-promise-title">{t('more.promiseTitle')}</h2>
      {done ? (
        <p className="portal-notice" role="status" data-testid="portal-promise-done">
          {t('more.promiseDone', { amount: formatPortalAmount(done.amountCents, data.currency, language), date: formatPortalDate(done.date, language) })}
        </p>
      ) : (
        <>
          <p>{t('more.promiseIntro')}</p>
          <form className="portal-form" onSubmit={onSubmit} noValidate>
            <div className="portal-field">
              <label htmlFor="portal-promise-amount">
                {t('more.amount')} ({data.currency})
              </label>
              <input
                id="portal-promise-amount"
                inputMode="decimal"
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
                aria-describedby={amountHint}
                data-testid="portal-promise-amount"
              />
              <p id={amountHint} className="portal-hint">
                {t('more.amountHint', vars)}
              </p>
            </div>
            <div className="portal-field">
              <label htmlFor="portal-promise-date">{t('more.date')}</label>
              <PortalDateInput
                id="portal-promise-date"
                min={today}
                max={latest}
                value={date}
                onChange={setDate}
                aria-describedby={dateHint}
                data-testid="portal-promise-date"
              />
              <p id={dateHint} className="portal-hint">
                {t('more.dateHint', vars)}
              </p>
            </div>
            {error ? (
              <p className="portal-error" role="alert" data-testid="portal-promise-error">
                {error}
              </p>
            ) : null}
            <button type="submit" className="portal-button portal-button-primary" disabled={loading} data-testid="portal-promise-submit">
              {loading ? t('more.sending') : t('more.promiseSubmit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

function CallbackForm({ data }: { data: PortalCaseData }) {
  const { t } = useTranslation();
  const language = usePortalLanguage();
  const [requestCallback, { loading }] = usePortalRequestCallback();
  const today = data.planRules.earliestFirstDueDate;
  const [date, setDate] = useState(() => addDays(today as IsoDate, 1));
  const [from, setFrom] = useState('10:00');
  const [to, setTo] = useState('12:00');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const window = callWindow(date, from, to);
    if (!window || date < today) return setError(t('more.callInvalid'));
    setError(null);
    try {
      await requestCallback({ variables: window });
      setDone(true);
    } catch (err) {
      setError(errorField(err) ? t('more.callInvalid') : t('common.error'));
    }
  }

  return (
    <section className="portal-card" aria-labelledby="portal-callback-title">
      <h2 id="portal-callback-title">{t('more.callTitle')}</h2>
      {done ? (
        <p className="portal-notice" role="status" data-testid="portal-callback-done">
          {t('more.callDone', { date: formatPortalDate(date, language), from, to })}
        </p>
      ) : (
        <>
          <p>{t('more.callIntro')}</p>
          <form className="portal-form" onSubmit={onSubmit} noValidate>
            <div className="portal-field">
              <label htmlFor="portal-callback-date">{t('more.callDate')}</label>
              <PortalDateInput id="portal-callback-date" min={today} value={date} onChange={setDate} data-testid="portal-callback-date" />
            </div>
            <div className="portal-times">
              <div className="portal-field">
                <label htmlFor="portal-callback-from">{t('more.callFrom')}</label>
                <input id="portal-callback-from" type="time" step={900} value={from} onChange={(e) => setFrom(e.target.value)} data-testid="portal-callback-from" />
              </div>
              <div className="portal-field">
                <label htmlFor="portal-callback-to">{t('more.callTo')}</label>
                <input id="portal-callback-to" type="time" step={900} value={to} onChange={(e) => setTo(e.target.value)} data-testid="portal-callback-to" />
              </div>
            </div>
            {error ? (
              <p className="portal-error" role="alert" data-testid="portal-callback-error">
                {error}
              </p>
            ) : null}
            <button type="submit" className="portal-button portal-button-primary" disabled={loading} data-testid="portal-callback-submit">
              {loading ? t('more.sending') : t('more.callSubmit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

/** Other ways to settle: promise a payment by a date, or ask for a call. */
export function MorePage({ data }: { data: PortalCaseData }) {
  const { t } = useTranslation();
  if (data.status === 'CLOSED') return <p className="portal-card portal-notice">{t('overview.closed')}</p>;
  return (
    <>
      <h1 className="portal-page-title">{t('more.title')}</h1>
      {data.balance.totalCents > 0 ? <PromiseForm data={data} /> : null}
      <CallbackForm data={data} />
      <ContactForm data={data} />
    </>
  );
}
