import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import type { KpiFilter } from './dashboard.graphql';
import { formatCount } from './dashboard-format';
import { KpiTile, TileGroup } from './kpi-tiles';
import { PORTAL_FIGURES, type PortalFigures } from './portal-figures.graphql';
import { RateValue } from './rate-value';

/** What debtors did in the self-service portal during the period, each figure with a line on what it counts. */
export function PortalFigureTiles({ figures }: { figures: PortalFigures }) {
  const intl = useIntl();
  const f = figures;
  return (
    <div className="kpi-groups" data-testid="portal-figures">
      <TileGroup title={intl.formatMessage({ id: 'dashboard.portal.title', defaultMessage: 'Debtor portal' })} wide>
        <KpiTile
          id="portal-links"
          label={intl.formatMessage({ id: 'dashboard.portal.links', defaultMessage: 'Links issued' })}
          value={formatCount(f.linksIssued)}
          detail={intl.formatMessage({
            id: 'dashboard.portal.linksDetail',
            defaultMessage: 'personal portal links sent with letters and messages or issued by staff',
          })}
        />
        <KpiTile
          id="portal-sign-ins"
          label={intl.formatMessage({ id: 'dashboard.portal.signIns', defaultMessage: 'Sign-ins' })}
          value={formatCount(f.signIns)}
          detail={
            <FormattedMessage
              id="dashboard.portal.signInsDetail"
              defaultMessage="successful sign-ins, on {cases, plural, one {# case} other {# cases}}"
              values={{ cases: f.casesSignedIn }}
            />
          }
        />
        <KpiTile
          id="portal-plans-proposed"
          label={intl.formatMessage({ id: 'dashboard.portal.plansProposed', defaultMessage: 'Plans proposed' })}
          value={formatCount(f.plansProposed)}
          detail={intl.formatMessage({ id: 'dashboard.portal.plansProposedDetail', defaultMessage: 'payment plans debtors proposed in the portal' })}
        />
        <KpiTile
          id="portal-plans-accepted"
          label={intl.formatMessage({ id: 'dashboard.portal.plansAccepted', defaultMessage: 'Plans accepted' })}
          value={formatCount(f.plansAccepted)}
          detail={
            <FormattedMessage
              id="dashboard.portal.plansAcceptedDetail"
              defaultMessage="{automatic} at once within the creditor's rules, {reviewed} after a collector's review"
              values={{ automatic: formatCount(f.plansAcceptedAutomatically), reviewed: formatCount(f.plansAcceptedAfterReview) }}
            />
          }
        />
        <KpiTile
          id="portal-self-cure"
          label={intl.formatMessage({ id: 'dashboard.portal.selfCure', defaultMessage: 'Self-cure rate' })}
          value={<RateValue rate={f.selfCureRate} basis="signIns" />}
          detail={
            f.selfCureRate === null ? (
              <FormattedMessage id="dashboard.portal.noSignIn" defaultMessage="no debtor signed in" />
            ) : (
              <FormattedMessage
                id="dashboard.portal.selfCureDetail"
                defaultMessage="{paid} of {cases, plural, one {# case} other {# cases}} with a sign-in had a payment within {days} days"
                values={{ paid: formatCount(f.casesPaidAfterSignIn), cases: f.casesSignedIn, days: f.selfCureWindowDays }}
              />
            )
          }
        />
      </TileGroup>
    </div>
  );
}

/** The portal figures for the dashboard's filter, loaded on their own so the main tiles show first. */
export function DashboardPortalFigures({ input }: { input: KpiFilter }) {
  const intl = useIntl();
  const { data, loading, error, refetch } = useQuery(PORTAL_FIGURES, { variables: { filter: input }, fetchPolicy: 'cache-and-network' });
  if (error) {
    return (
      <ErrorBanner
        error={error}
        title={intl.formatMessage({ id: 'dashboard.portal.loadError', defaultMessage: 'Could not load the portal figures.' })}
        onRetry={() => void refetch()}
      />
    );
  }
  if (loading && !data) return <Spinner label={intl.formatMessage({ id: 'dashboard.portal.loading', defaultMessage: 'Loading portal figures…' })} />;
  return data ? <PortalFigureTiles figures={data.portalFigures} /> : null;
}
