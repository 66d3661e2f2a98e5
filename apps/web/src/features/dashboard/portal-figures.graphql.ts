import { graphql } from '../../gql';
import type { PortalFiguresQuery } from '../../gql/graphql';

export type PortalFigures = PortalFiguresQuery['portalFigures'];

export const PORTAL_FIGURES = graphql(`
  query PortalFigures($filter: KpiFilter!) {
    portalFigures(filter: $filter) {
      linksIssued
      signIns
      casesSignedIn
      casesPaidAfterSignIn
      plansProposed
      plansAcceptedAutomatically
      plansAcceptedAfterReview
      plansAccepted
      selfCureRate
      selfCureWindowDays
    }
  }
`);
