import { useQuery } from '@apollo/client/react';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import type { KpiFilter } from './dashboard.graphql';
import { formatCount } from './dashboard-format';
import { formatRate } from './dashboard-period';
import { KpiTile, TileGroup } from './kpi-tiles';
import { PORTAL_FIGURES, type PortalFigures } from './portal-figures.graphql';

/** What debtors did in the self-service portal during the period, each figure with a line on what it counts. */
export function PortalFigureTiles({ figures }: { figures: PortalFigures }) {
  const f = figures;
  return (
    <div className="kpi-groups" data-testid="portal-figures">
      <TileGroup title="Debtor portal" wide>
        <KpiTile
          id="portal-links"
          label="Links issued"
          value={formatCount(f.linksIssued)}
          detail="personal portal links sent with letters and messages or issued by staff"
        />
        <KpiTile
          id="portal-sign-ins"
          label="Sign-ins"
          value={formatCount(f.signIns)}
          detail={`successful sign-ins, on ${formatCount(f.casesSignedIn)} ${f.casesSignedIn === 1 ? 'case' : 'cases'}`}
        />
        <KpiTile
          id="portal-plans-proposed"
          label="Plans proposed"
          value={formatCount(f.plansProposed)}
          detail="payment plans debtors proposed in the portal"
        />
        <KpiTile
          id="portal-plans-accepted"
          label="Plans accepted"
          value={formatCount(f.plansAccepted)}
          detail={`${formatCount(f.plansAcceptedAutomatically)} at once within the creditor's rules, ${formatCount(f.plansAcceptedAfterReview)} after a collector's review`}
        />
        <KpiTile
          id="portal-self-cure"
          label="Self-cure rate"
          value={formatRate(f.selfCureRate)}
          detail={
            f.selfCureRate === null
              ? 'no debtor signed in'
              : `${formatCount(f.casesPaidAfterSignIn)} of ${formatCount(f.casesSignedIn)} cases with a sign-in had a payment within ${f.selfCureWindowDays} days`
          }
        />
      </TileGroup>
    </div>
  );
}

/** The portal figures for the dashboard's filter, loaded on their own so the main tiles show first. */
export function DashboardPortalFigures({ input }: { input: KpiFilter }) {
  const { data, loading, error, refetch } = useQuery(PORTAL_FIGURES, { variables: { filter: input }, fetchPolicy: 'cache-and-network' });
  if (error) return <ErrorBanner error={error} title="Could not load the portal figures." onRetry={() => void refetch()} />;
  if (loading && !data) return <Spinner label="Loading portal figures…" />;
  return data ? <PortalFigureTiles figures={data.portalFigures} /> : null;
}
