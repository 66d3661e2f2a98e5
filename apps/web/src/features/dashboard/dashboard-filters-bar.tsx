import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { displayLocale } from '../../i18n/display-locale';
import { isIsoDate, todayIso } from '../../ui/date';
import { COUNTRIES, type DashboardFilter } from './dashboard-filter';
import { DASHBOARD_FILTER_OPTIONS } from './dashboard.graphql';
import { defaultPeriod } from './dashboard-period';
import { DateInput } from '../../ui/date-input';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, undefined, { numeric: true });

/** Period, creditor, team, collector and country; every change goes to the URL. */
export function DashboardFiltersBar({ filter, onChange }: { filter: DashboardFilter; onChange: (next: DashboardFilter) => void }) {
  const intl = useIntl();
  const options = useQuery(DASHBOARD_FILTER_OPTIONS, { fetchPolicy: 'cache-first' });
  const creditors = useMemo(() => [...(options.data?.creditors ?? [])].sort(byName), [options.data?.creditors]);
  const collectors = useMemo(() => [...(options.data?.collectors ?? [])].sort(byName), [options.data?.collectors]);
  const teams = useMemo(() => [...(options.data?.teams ?? [])].sort(byName), [options.data?.teams]);
  const set = (patch: Partial<DashboardFilter>) => onChange({ ...filter, ...patch });
  const countryName = useMemo(() => {
    const names = new Intl.DisplayNames([displayLocale()], { type: 'region' });
    return (code: string) => names.of(code) ?? code;
  }, []);
  const isDefault =
    !filter.creditorId && !filter.collectorId && !filter.teamId && !filter.country && filter.from === defaultPeriod(todayIso()).from;

  return (
    <form className="filter-bar dashboard-filters no-print" onSubmit={(e) => e.preventDefault()} aria-label={intl.formatMessage({ id: 'dashboard.filter.label', defaultMessage: 'Dashboard filters' })}>
      <label className="field field-inline">
        <span className="field-label">
          <FormattedMessage id="dashboard.filter.from" defaultMessage="From" />
        </span>
        <DateInput value={filter.from} max={filter.to} required onChange={(from) => isIsoDate(from) && set({ from })} data-testid="filter-from" />
      </label>
      <label className="field field-inline">
        <span className="field-label">
          <FormattedMessage id="dashboard.filter.to" defaultMessage="To" />
        </span>
        <DateInput value={filter.to} min={filter.from} required onChange={(to) => isIsoDate(to) && set({ to })} data-testid="filter-to" />
      </label>
      <label className="field field-inline">
        <span className="field-label">
          <FormattedMessage id="dashboard.filter.creditor" defaultMessage="Creditor" />
        </span>
        <select value={filter.creditorId ?? ''} onChange={(e) => set({ creditorId: e.target.value || null })} data-testid="filter-creditor">
          <option value="">{intl.formatMessage({ id: 'dashboard.filter.allCreditors', defaultMessage: 'All creditors' })}</option>
          {creditors.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.country}, {c.currency})
            </option>
          ))}
        </select>
      </label>
      <label className="field field-inline">
        <span className="field-label">
          <FormattedMessage id="dashboard.filter.team" defaultMessage="Team" />
        </span>
        <select value={filter.teamId ?? ''} onChange={(e) => set({ teamId: e.target.value || null })} data-testid="filter-team">
          <option value="">{intl.formatMessage({ id: 'dashboard.filter.allTeams', defaultMessage: 'All teams' })}</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-inline">
        <span className="field-label">
          <FormattedMessage id="dashboard.filter.collector" defaultMessage="Collector" />
        </span>
        <select value={filter.collectorId ?? ''} onChange={(e) => set({ collectorId: e.target.value || null })} data-testid="filter-collector">
          <option value="">{intl.formatMessage({ id: 'dashboard.filter.allCollectors', defaultMessage: 'All collectors' })}</option>
          {collectors.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-inline">
        <span className="field-label">
          <FormattedMessage id="dashboard.filter.country" defaultMessage="Country" />
        </span>
        <select value={filter.country ?? ''} onChange={(e) => set({ country: e.target.value || null })} data-testid="filter-country">
          <option value="">{intl.formatMessage({ id: 'dashboard.filter.allCountries', defaultMessage: 'All countries' })}</option>
          {COUNTRIES.map((code) => (
            <option key={code} value={code}>
              {countryName(code)} ({code})
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="btn btn-ghost btn-small"
        disabled={isDefault}
        onClick={() => onChange({ ...defaultPeriod(todayIso()), creditorId: null, collectorId: null, teamId: null, country: null })}
      >
        <FormattedMessage id="dashboard.filter.reset" defaultMessage="Reset" />
      </button>
    </form>
  );
}
