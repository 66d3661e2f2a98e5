import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink, useNavigate, useParams } from 'react-router';
import { Badge } from '../../ui/badge';
import { Card, EmptyState } from '../../ui/card';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { useCurrentUser } from '../../app/auth-context';
import { ContactPolicyCard } from './contact-policy-card';
import { CreditorEditor } from './creditor-editor';
import { withChangedCreditor } from './creditor-list-change';
import { CREDITOR_CHANGED, CREDITOR_SETTINGS, type CreditorSettings } from './creditors.graphql';
import { PaymentApprovalThresholdCard } from './payment-approval-threshold-card';
import { PriorityWeightsCard } from './priority-weights-card';
import './creditors.css';

function CreditorList({ creditors, selectedId }: { creditors: readonly CreditorSettings[]; selectedId: string | null }) {
  const navigate = useNavigate();
  return (
    <div className="table-wrap">
      <table className="table table-clickable table-creditors" data-testid="creditor-list">
        <thead>
          <tr>
            <th>
              <FormattedMessage id="creditors.list.creditor" defaultMessage="Creditor" />
            </th>
            <th>
              <FormattedMessage id="creditors.list.law" defaultMessage="Law" />
            </th>
            <th>
              <FormattedMessage id="creditors.list.settings" defaultMessage="Settings" />
            </th>
          </tr>
        </thead>
        <tbody>
          {creditors.map((c) => {
            const custom = [!c.priorityWeights.isDefault ? 'weights' : null, !c.contactPolicy.isDefault ? 'contact' : null].filter(Boolean);
            return (
              <tr
                key={c.id}
                className={c.id === selectedId ? 'selected' : undefined}
                aria-selected={c.id === selectedId}
                onClick={() => navigate(`/creditors/${c.id}`)}
                data-testid="creditor-row"
                data-creditor-id={c.id}
              >
                <td>
                  <NavLink to={`/creditors/${c.id}`} className="strong-link" onClick={(e) => e.stopPropagation()}>
                    {c.name}
                  </NavLink>
                  <div className="muted small">{c.ref}</div>
                </td>
                <td>
                  {c.country} <span className="muted small">· {c.currency}</span>
                </td>
                <td>
                  {custom.length === 0 ? (
                    <span className="muted small">
                      <FormattedMessage id="creditors.badge.defaults" defaultMessage="Defaults" />
                    </span>
                  ) : (
                    <span className="creditor-custom">
                      {custom.map((what) => (
                        <Badge key={what} tone="accent">
                          {what === 'weights' ? (
                            <FormattedMessage id="creditors.list.customWeights" defaultMessage="Weights" />
                          ) : (
                            <FormattedMessage id="creditors.list.customContact" defaultMessage="Contact" />
                          )}
                        </Badge>
                      ))}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * `/creditors/:creditorId?` (leads, admins): each creditor's details, dunning strategy, priority
 * weights and contact policy; `/creditors/new` creates one. Admins edit the details and the
 * strategy; leads see them read-only. Changes made elsewhere arrive live (`creditorChanged`).
 */
export function CreditorsPage() {
  const intl = useIntl();
  const { creditorId } = useParams();
  const navigate = useNavigate();
  const isAdmin = useCurrentUser().role === 'ADMIN';
  const { data, loading, error, refetch, subscribeToMore } = useQuery(CREDITOR_SETTINGS, { fetchPolicy: 'cache-and-network' });
  // A creditor created or changed elsewhere shows up here without a reload.
  useEffect(
    () =>
      subscribeToMore({
        document: CREDITOR_CHANGED,
        updateQuery: (_unsafe, { complete, previousData, subscriptionData }) =>
          complete ? { creditors: withChangedCreditor(previousData.creditors, subscriptionData.data.creditorChanged) } : undefined,
      }),
    [subscribeToMore],
  );
  const creditors = data?.creditors ?? [];
  const creating = creditorId === 'new' && isAdmin;
  const selected = creating ? null : creditorId ? creditors.find((c) => c.id === creditorId) ?? null : creditors[0] ?? null;

  return (
    <div className="page page-creditors" data-testid="creditors-page">
      <div className="page-header">
        <h1>
          <FormattedMessage id="creditors.page.title" defaultMessage="Creditors" />
        </h1>
        <span className="muted">
          <FormattedMessage
            id="creditors.page.intro"
            defaultMessage="Who each creditor is, where its debtors pay, how its cases are dunned and ranked, and when its debtors may be contacted."
          />
        </span>
        {isAdmin ? (
          <button type="button" className="btn btn-primary page-header-action" onClick={() => navigate('/creditors/new')} data-testid="creditor-new">
            <FormattedMessage id="creditors.page.new" defaultMessage="New creditor" />
          </button>
        ) : null}
      </div>
      {error && !data ? <ErrorBanner error={error} title={intl.formatMessage({ id: 'creditors.page.loadError', defaultMessage: 'Could not load the creditors.' })} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Spinner label={intl.formatMessage({ id: 'creditors.page.loading', defaultMessage: 'Loading creditors…' })} /> : null}
      {data && creditors.length === 0 && !creating ? (
        <EmptyState title={intl.formatMessage({ id: 'creditors.page.emptyTitle', defaultMessage: 'No creditors' })}>
          <FormattedMessage id="creditors.page.empty" defaultMessage="There is no creditor you may manage." />
        </EmptyState>
      ) : null}
      {creditors.length > 0 || creating ? (
        <div className="creditors-layout">
          <Card title={intl.formatMessage({ id: 'creditors.page.listTitle', defaultMessage: 'Creditors' })} flush testId="creditors" className="creditors-list-card">
            <CreditorList creditors={creditors} selectedId={selected?.id ?? null} />
          </Card>
          {creating ? (
            <div className="creditor-settings" data-testid="creditor-new-form">
              <CreditorEditor creditor={null} readOnly={false} onCreated={(id) => navigate(`/creditors/${id}`)} onCancel={() => navigate('/creditors')} />
            </div>
          ) : selected ? (
            <div className="creditor-settings" data-testid="creditor-settings" data-creditor-id={selected.id}>
              <div className="creditor-settings-title">
                <h2>{selected.name}</h2>
                <span className="muted small">
                  <FormattedMessage
                    id="creditors.page.summary"
                    defaultMessage="{ref} · {country} law · {currency} · {timeZone}"
                    values={{ ref: selected.ref, country: selected.country, currency: selected.currency, timeZone: selected.timeZone }}
                  />
                </span>
              </div>
              <CreditorEditor key={`e-${selected.id}`} creditor={selected} readOnly={!isAdmin} />
              <div className="creditor-settings-cards">
                <PriorityWeightsCard key={`w-${selected.id}`} creditor={selected} />
                <ContactPolicyCard key={`p-${selected.id}`} creditor={selected} />
                <PaymentApprovalThresholdCard key={`a-${selected.id}`} creditor={selected} readOnly={!isAdmin} />
              </div>
            </div>
          ) : (
            <EmptyState title={intl.formatMessage({ id: 'creditors.page.notFoundTitle', defaultMessage: 'Creditor not found' })}>
              <FormattedMessage id="creditors.page.notFound" defaultMessage="Choose a creditor from the list." />
            </EmptyState>
          )}
        </div>
      ) : null}
    </div>
  );
}
