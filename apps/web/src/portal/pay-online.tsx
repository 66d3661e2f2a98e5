import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortalStartPayment } from './hooks/use-portal-start-payment';

/** The provider's methods (when one is set up): one button each; bank transfer is on the page anyway. */
export function PayOnline({ methods, amount }: { methods: readonly string[]; amount: string }) {
  const { t } = useTranslation();
  const [start, { loading }] = usePortalStartPayment();
  const [state, setState] = useState<'idle' | 'started' | 'failed'>('idle');
  const online = methods.filter((m) => m !== 'BANK_TRANSFER');
  if (online.length === 0) return null;

  async function pay(method: string) {
    try {
      const { data } = await start({ variables: { method } });
      const next = data?.portalStartPayment.redirectUrl;
      if (next) window.location.assign(next);
      else setState('started');
    } catch {
      setState('failed');
    }
  }

  return (
    <section className="portal-card" aria-labelledby="portal-online-title" data-testid="portal-pay-online">
      <h2 id="portal-online-title">{t('pay.onlineTitle')}</h2>
      {state === 'started' ? (
        <p className="portal-notice" role="status" data-testid="portal-pay-online-started">
          {t('pay.onlineStarted')}
        </p>
      ) : (
        <>
          <p>{t('pay.onlineIntro', { amount })}</p>
          <div className="portal-actions">
            {online.map((method) => (
              <button key={method} type="button" className="portal-button" disabled={loading} onClick={() => void pay(method)} data-testid={`portal-pay-${method}`}>
                {loading ? t('pay.starting') : t(`pay.methods.${method}`, { defaultValue: method })}
              </button>
            ))}
          </div>
          {state === 'failed' ? (
            <p className="portal-error" role="alert">
              {t('common.error')}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
