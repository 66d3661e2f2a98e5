import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PortalCaseQuery } from '../gql/graphql';
import { CopyButton } from './copy-button';
import { danishAccount, formatPortalAmount, groupIban, plainAmount } from './format';
import { PayOnline } from './pay-online';
import { usePortalLanguage, usePortalPath } from './portal-context';
import { Rights } from './rights';

type PortalCaseData = PortalCaseQuery['portalCase'];

function EpcQrCode({ payload, alt }: { payload: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // EPC069-12 asks for error correction level M.
    QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 2, width: 224 })
      .then((url) => live && setSrc(url))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [payload]);
  return src ? <img className="portal-qr" src={src} alt={alt} width={224} height={224} data-testid="portal-qr" /> : null;
}

function Row({ label, value, display, copy, testId }: { label: string; value: string; display?: string; copy?: boolean; testId: string }) {
  return (
    <div className="portal-pay-row">
      <dt>{label}</dt>
      <dd>
        <span className="portal-pay-value" data-testid={testId}>
          {display ?? value}
        </span>
        {copy ? <CopyButton value={value} what={label} /> : null}
      </dd>
    </div>
  );
}

export function PayPage({ data }: { data: PortalCaseData }) {
  const { t } = useTranslation();
  const language = usePortalLanguage();
  const path = usePortalPath();
  const details = data.paymentDetails;
  const amount = formatPortalAmount(data.balance.totalCents, data.currency, language);
  const open = data.balance.totalCents > 0 && data.status !== 'CLOSED';
  const danish = data.currency === 'DKK' ? danishAccount(details.iban) : null;
  const iban = details.iban.replace(/\s+/g, '');

  return (
    <>
      <section className="portal-card" aria-labelledby="portal-pay-title">
        <h1 id="portal-pay-title">{t('pay.title')}</h1>
        {!open ? (
          <p className="portal-notice">{t('pay.nothingOpen')}</p>
        ) : (
          <>
            <p>{t('pay.intro')}</p>
            <dl className="portal-pay" data-testid="portal-pay-details">
              <Row label={t('pay.amount')} value={plainAmount(data.balance.totalCents, data.currency, language)} display={amount} testId="portal-pay-amount" copy />
              <Row label={t('pay.accountHolder')} value={details.accountHolder} testId="portal-pay-holder" />
              {danish ? (
                <>
                  <Row label={t('pay.regNo')} value={danish.regNo} testId="portal-pay-reg" copy />
                  <Row label={t('pay.accountNo')} value={danish.accountNo} testId="portal-pay-account" copy />
                </>
              ) : null}
              <Row label={t('pay.iban')} value={iban} display={groupIban(iban)} testId="portal-pay-iban" copy />
              {details.bic ? <Row label={t('pay.bic')} value={details.bic} testId="portal-pay-bic" copy /> : null}
              <Row label={t('pay.reference')} value={details.reference} testId="portal-pay-reference" copy />
            </dl>
            <p className="portal-hint">{t('pay.referenceHint')}</p>
            {danish ? <p className="portal-hint">{t('pay.dkkHint')}</p> : null}
          </>
        )}
      </section>

      {open && data.epcQrPayload ? (
        <section className="portal-card portal-qr-card" aria-labelledby="portal-qr-title">
          <h2 id="portal-qr-title">{t('pay.qrTitle')}</h2>
          <EpcQrCode
            payload={data.epcQrPayload}
            alt={t('pay.qrAlt', { amount, holder: details.accountHolder, reference: details.reference })}
          />
          <p className="portal-hint">{t('pay.qrHint')}</p>
        </section>
      ) : null}

      {open ? <PayOnline methods={data.paymentMethods} amount={amount} /> : null}

      {open && data.planRules.available ? (
        <section className="portal-card" aria-labelledby="portal-pay-plan-title">
          <h2 id="portal-pay-plan-title">{t('pay.cannotPayAll')}</h2>
          <div className="portal-actions">
            <Link className="portal-button" to={path('plan')}>
              {t('pay.proposePlan')}
            </Link>
            <Link className="portal-text-link" to={path('more')}>
              {t('more.link')}
            </Link>
          </div>
        </section>
      ) : null}

      {open ? <Rights /> : null}
    </>
  );
}
