import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { ErrorBanner, FormError } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { useAddInterestRate } from './hooks/use-add-interest-rate';
import { INTEREST_RATES } from './interest-rates.graphql';
import './interest-rates.css';

const TABLE_NAMES: Record<string, string> = {
  DE: 'Germany: base rate (BGB 247, Deutsche Bundesbank)',
  DK: 'Denmark: reference rate (renteloven 5, Nationalbank lending rate)',
};

/** `/interest-rates` (admins): the reference-rate tables the balances use, and adding a newly published rate. */
export function InterestRatesPage() {
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
        setSaved(`${answer.addInterestRate.country} ${answer.addInterestRate.ratePercent} % from ${answer.addInterestRate.from} added; balances use it now.`);
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
        <h1>Interest rates</h1>
        <span className="muted">The reference rates statutory default interest is computed with. Add a rate when it is published.</span>
      </div>
      {error && !data ? <ErrorBanner error={error} title="Could not load the rate tables." onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Spinner label="Loading rate tables…" /> : null}
      {data ? (
        <div className="rates-layout">
          <div className="rates-tables">
            {data.interestRateStatus.map((s) => (
              <Card
                key={s.country}
                title={TABLE_NAMES[s.country] ?? s.country}
                actions={s.stale ? <Badge tone="warn">Stale</Badge> : <Badge tone="good">Current</Badge>}
                flush
                testId={`rates-${s.country}`}
              >
                {s.stale ? (
                  <div className="notice notice-error rates-stale" data-testid={`rates-stale-${s.country}`}>
                    Rate table ends on {s.endsOn}: interest after {s.currentThrough} uses its last rate. {s.staleCases} open
                    case{s.staleCases === 1 ? '' : 's'} affected. Add the rate published since.
                  </div>
                ) : (
                  <p className="muted rates-current">Current through {s.currentThrough} (six months after its last row).</p>
                )}
                <div className="table-wrap rates-table-wrap">
                  <table className="table">
                    <thead>
                      <tr>
                        <th>From</th>
                        <th className="num">Rate</th>
                        <th>Origin</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rates
                        .filter((r) => r.country === s.country)
                        .map((r) => (
                          <tr key={r.from}>
                            <td>{r.from}</td>
                            <td className="num">{r.ratePercent} %</td>
                            <td>{r.builtIn ? <span className="muted">built in</span> : <span title={r.source ?? ''}>added: {r.source}</span>}</td>
                          </tr>
                        ))}
                    </tbody>
                  </table>
                </div>
              </Card>
            ))}
          </div>
          <div className="rates-side">
            <Card title="Add a published rate" testId="rate-form">
              <form className="form" onSubmit={(e) => void submit(e)}>
                <label className="field">
                  <span className="field-label">Table</span>
                  <select value={country} onChange={(e) => setCountry(e.target.value)} data-testid="rate-country">
                    <option value="DE">Germany (BGB 247 base rate)</option>
                    <option value="DK">Denmark (Nationalbank lending rate)</option>
                  </select>
                </label>
                <div className="field-row">
                  <label className="field">
                    <span className="field-label">In force from</span>
                    <input type="date" required value={from} onChange={(e) => setFrom(e.target.value)} data-testid="rate-from" />
                  </label>
                  <label className="field">
                    <span className="field-label">Rate (%)</span>
                    <input
                      required
                      inputMode="decimal"
                      placeholder="1.27"
                      value={ratePercent}
                      onChange={(e) => setRatePercent(e.target.value)}
                      data-testid="rate-percent"
                    />
                  </label>
                </div>
                <label className="field">
                  <span className="field-label">Source</span>
                  <input
                    required
                    placeholder="Bundesbank notice of 2026-06-30"
                    value={source}
                    onChange={(e) => setSource(e.target.value)}
                    data-testid="rate-source"
                  />
                </label>
                <p className="muted rates-hint">
                  Both rates change on 1 January and 1 July. A rate for a date already in the table replaces that row. Each
                  addition is audited.
                </p>
                <FormError error={adding.error} />
                {saved ? <p className="form-success">{saved}</p> : null}
                <div className="form-actions">
                  <button type="submit" className="btn btn-primary" disabled={adding.loading} data-testid="rate-add">
                    Add rate
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
