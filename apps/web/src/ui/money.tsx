import { FormattedMessage, useIntl } from 'react-intl';
import { centsToDecimalString, formatCents, numberLocale, type Cents, type CurrencyCode } from './format';

/** An amount of integer cents, formatted exactly; negative amounts are marked. */
export function Money({ cents, currency, className }: { cents: Cents | null | undefined; currency: CurrencyCode; className?: string }) {
  if (cents === null || cents === undefined) return <span className={className}>—</span>;
  return (
    <span className={['money', cents < 0 ? 'money-negative' : '', className ?? ''].join(' ').trim()}>
      {formatCents(cents, currency)}
    </span>
  );
}

/**
 * Short label for chart axes ("1,2 Mio. €"). Intl receives the exact decimal string and rounds
 * only for display; no float arithmetic on the amount.
 */
export function formatCentsCompact(cents: Cents, currency: CurrencyCode | null, locale = numberLocale()): string {
  const options: Intl.NumberFormatOptions = currency
    ? { notation: 'compact', style: 'currency', currency, maximumFractionDigits: 1 }
    : { notation: 'compact', maximumFractionDigits: 1 };
  return new Intl.NumberFormat(locale, options).format(centsToDecimalString(cents));
}

/**
 * A sum over several cases. The contract gives such sums (board balances, KPI amounts) without a
 * currency; when every creditor in view shares one currency we show it, otherwise a plain number.
 */
export function formatAggregateCents(cents: Cents, currency: CurrencyCode | null, locale = numberLocale()): string {
  if (currency) return formatCents(cents, currency, locale);
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(centsToDecimalString(cents));
}

export function AggregateMoney({
  cents,
  currency,
  marker = false,
}: {
  cents: Cents | null | undefined;
  currency: CurrencyCode | null;
  /** append "(mixed)" when no single currency applies (tables say it once in the header instead) */
  marker?: boolean;
}) {
  const intl = useIntl();
  if (cents === null || cents === undefined) return <span>—</span>;
  const mixed = intl.formatMessage({ id: 'ui.money.mixedTitle', defaultMessage: 'Sum over creditors with different currencies' });
  return (
    <span className="money" title={currency ? undefined : mixed}>
      {formatAggregateCents(cents, currency)}
      {currency || !marker ? null : (
        <span className="muted small">
          {' '}
          <FormattedMessage id="ui.money.mixed" defaultMessage="(mixed)" />
        </span>
      )}
    </span>
  );
}
