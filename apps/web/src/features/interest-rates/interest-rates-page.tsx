import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { formatDate } from '../../ui/date';
import { formatNumber } from '../../ui/format';
import { ErrorBanner, FormError } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { useAddInterestRate } from './hooks/use-add-interest-rate';
import { INTEREST_RATES } from './interest-rates.graphql';
import { formatRatePercent } from './rate-percent';
import './interest-rates.css';
import { DateInput } from '../../ui/date-input';

/** Each country's rate table by the law and the bank that publishes it. */
const TABLE_NAMES = defineMessages({
  DE: { id: 'interestRates.table.DE', defaultMessage: 'Germany: base rate (BGB 247, Deutsche Bundesbank)' },
  DK: { id: 'interestRates.table.DK', defaultMessage: 'Denmark: reference rate (renteloven 5, Nationalbank lending rate)' },
});
const tableName = (country: string) => (country in TABLE_NAMES ? TABLE_NAMES[country as keyof typeof TABLE_NAMES] : null);

/** `/interest-rates` (admins): the reference-rate tables the balances use, and adding a newly published rate. */
export function InterestRatesPage() {
  const intl = useIntl();
  const { data, loading, error, refetch } = useQuery(INTEREST_RATES, { fetchPolicy: 'cache-and-network' });
  const [addRate, adding] = useAddInterestRate();
  const [country, setCountry] = useState('DE');
  const [from, setFrom] = useState('');
  const [ratePercent, setRatePercent] = useState('');
  const [source, setSource] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    try {
      const { data: answer } = await addRate({ variables: { input: { country, from, ratePercent: ratePercent.replace(',', '.'), source } } });
      if (answer) {
        const added = answer.addInterestRate;
        setSaved(
          intl.formatMessage(
            { id: 'interestRates.form.added', defaultMessage: '{country} {rate} from {from} added; balances use it now.' },
            { country: added.country, rate: formatRatePercent(added.ratePercent), from: formatDate(added.from) },
          ),
        );
        setFrom('');
        setRatePercent('');
        setSource('');
      }
    } catch {
      /* shown below the form */
    }
  }

  const rates = data?.interestRates ?? [];
  return (
    <div className="page page-interest-rates" data-testid="interest-rates-page">
      <div className="page-header">
        <h1>
          <FormattedMessage id="interestRates.page.title" defaultMessage="Interest rates" />
        </h1>
        <span className="muted">
          <FormattedMessage
            id="interestRates.page.intro"
            defaultMessage="The reference rates statutory default interest is computed with. Add a rate when it is published."
          />
        </span>
      </div>
      {error && !data ? <ErrorBanner error={error} title={intl.formatMessage({ id: 'interestRates.page.loadError', defaultMessage: 'Could not load the rate tables.' })} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Spinner label={intl.formatMessage({ id: 'interestRates.page.loading', defaultMessage: 'Loading rate tables…' })} /> : null}
      {data ? (
        <div className="rates-layout">
          <div className="rates-tables">
            {data.interestRateStatus.map((s) => (
              <Card
                key={s.country}
                title={tableName(s.country) ? intl.formatMessage(tableName(s.country)!) : s.country}
                actions={
                  s.stale ? (
                    <Badge tone="warn">
                      <FormattedMessage id="interestRates.table.stale" defaultMessage="Stale" />
                    </Badge>
                  ) : (
                    <Badge tone="good">
                      <FormattedMessage id="interestRates.table.current" defaultMessage="Current" />
                    </Badge>
                  )
                }
                flush
                testId={`rates-${s.country}`}
              >
                {s.stale ? (
                  <div className="notice notice-error rates-stale" data-testid={`rates-stale-${s.country}`}>
                    <FormattedMessage
                      id="interestRates.table.staleNotice"
                      defaultMessage="Rate table ends on {endsOn}: interest after {currentThrough} uses its last rate. {count, plural, one {# open case} other {# open cases}} affected. Add the rate published since."
                      values={{ endsOn: formatDate(s.endsOn), currentThrough: formatDate(s.currentThrough), count: s.staleCases }}
                    />
                  </div>
                ) : (
                  <p className="muted rates-current">
                    <FormattedMessage
                      id="interestRates.table.currentThrough"
                      defaultMessage="Current through {date} (six months after its last row)."
                      values={{ date: formatDate(s.currentThrough) }}
                    />
                  </p>
                )}
                <div className="table-wrap rates-table-wrap" tabIndex={0}>
                  <table className="table">
                    <thead>
                      <tr>
                        <th>
                          <FormattedMessage id="interestRates.table.from" defaultMessage="From" />
                        </th>
                        <th className="num">
                          <FormattedMessage id="interestRates.table.rate" defaultMessage="Rate" />
                        </th>
                        <th>
                          <FormattedMessage id="interestRates.table.origin" defaultMessage="Origin" />
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {rates
                        .filter((r) => r.country === s.country)
                        .map((r) => (
                          <tr key={r.from}>
                            <td>{formatDate(r.from)}</td>
                            <td className="num">{formatRatePercent(r.ratePercent)}</td>
                            <td>
                              {r.builtIn ? (
                                <span className="muted">
                                  <FormattedMessage id="interestRates.table.builtIn" defaultMessage="built in" />
                                </span>
                              ) : (
                                <span title={r.source ?? ''}>
                                  <FormattedMessage id="interestRates.table.added" defaultMessage="added: {source}" values={{ source: r.source }} />
                                </span>
                              )}
                            </td>
                          </tr>
                        ))}
                    </tbody>
                  </table>
                </div>
              </Card>
            ))}
          </div>
          <div className="rates-side">
            <Card title={intl.formatMessage({ id: 'interestRates.form.title', defaultMessage: 'Add a published rate' })} testId="rate-form">
              <form className="form" onSubmit={(e) => void submit(e)}>
                <label className="field">
                  <span className="field-label">
                    <FormattedMessage id="interestRates.form.table" defaultMessage="Table" />
                  </span>
                  <select value={country} onChange={(e) => setCountry(e.target.value)} data-testid="rate-country">
                    <option value="DE">{intl.formatMessage({ id: 'interestRates.form.tableDE', defaultMessage: 'Germany (BGB 247 base rate)' })}</option>
                    <option value="DK">{intl.formatMessage({ id: 'interestRates.form.tableDK', defaultMessage: 'Denmark (Nationalbank lending rate)' })}</option>
                  </select>
                </label>
                <div className="field-row">
                  <label className="field">
                    <span className="field-label">
                      <FormattedMessage id="interestRates.form.from" defaultMessage="In force from" />
                    </span>
                    <DateInput required value={from} onChange={setFrom} data-testid="rate-from" />
                  </label>
                  <label className="field">
                    <span className="field-label">
                      <FormattedMessage id="interestRates.form.rate" defaultMessage="Rate (%)" />
                    </span>
                    <input
                      required
                      inputMode="decimal"
                      placeholder={formatNumber(1.27)}
                      value={ratePercent}
                      onChange={(e) => setRatePercent(e.target.value)}
                      data-testid="rate-percent"
                    />
                  </label>
                </div>
                <label className="field">
                  <span className="field-label">
                    <FormattedMessage id="interestRates.form.source" defaultMessage="Source" />
                  </span>
                  <input
                    required
                    placeholder={intl.formatMessage(
                      { id: 'interestRates.form.sourcePlaceholder', defaultMessage: 'Bundesbank notice of {date}' },
                      { date: formatDate('2026-06-30') },
                    )}
                    value={source}
                    onChange={(e) => setSource(e.target.value)}
                    data-testid="rate-source"
                  />
                </label>
                <p className="muted rates-hint">
                  <FormattedMessage
                    id="interestRates.form.hint"
                    defaultMessage="Both rates change on 1 January and 1 July. A rate for a date already in the table replaces that row. Each addition is audited."
                  />
                </p>
                <FormError error={adding.error} />
                {saved ? <p className="form-success">{saved}</p> : null}
                <div className="form-actions">
                  <button type="submit" className="btn btn-primary" disabled={adding.loading} data-testid="rate-add">
                    <FormattedMessage id="interestRates.form.add" defaultMessage="Add rate" />
                  </button>
                </div>
              </form>
            </Card>
          </div>
        </div>
      ) : null}
    </div>
  );
}
