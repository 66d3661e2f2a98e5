import { useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { useAuth } from '../../app/auth-context';
import type { CaseDetailData } from './case.graphql';

/**
 * Whether the signed-in person may record outcomes and payments on the case (the API's holder rule:
 * a collector only on a case in their own queue; leads and admins on any), and whether the case left
 * the collector's queue while it was on screen (a lead moved it, or gave it back to the pool).
 */
export function useCaseHolding(c: Pick<CaseDetailData, 'assignee'>): { mayWork: boolean; movedAway: boolean } {
  const { user } = useAuth();
  const mine = user !== null && c.assignee?.id === user.id;
  const wasMine = useRef(false);
  if (mine) wasMine.current = true;
  if (!user || user.role !== 'COLLECTOR') return { mayWork: user !== null && user.role !== 'MANAGER', movedAway: false };
  return { mayWork: mine, movedAway: wasMine.current && !mine };
}

/** Says why the forms are read-only: the case moved away while open, or it is someone else's or the pool's. */
export function HolderNotice({ c, movedAway }: { c: Pick<CaseDetailData, 'assignee' | 'status'>; movedAway: boolean }) {
  const to = c.assignee?.name;
  if (c.status !== 'OPEN' && !c.assignee) return null;
  return (
    <div className="notice notice-error holder-notice" role="status" data-testid="case-moved-notice" data-moved={movedAway ? 'true' : 'false'}>
      {movedAway ? (
        to ? (
          <FormattedMessage
            id="case.holder.movedTo"
            defaultMessage="This case was moved to {name}. It is read-only for you now: outcomes and payments are recorded by {name}."
            values={{ name: to }}
          />
        ) : (
          <FormattedMessage
            id="case.holder.movedToPool"
            defaultMessage="This case was moved back to the pool. It is read-only for you now: claim it again to work on it."
          />
        )
      ) : to ? (
        <FormattedMessage
          id="case.holder.othersQueue"
          defaultMessage="This case is in {name}'s queue. Only {name} can record outcomes and payments on it."
          values={{ name: to }}
        />
      ) : (
        <FormattedMessage id="case.holder.inPool" defaultMessage="This case waits in the pool. Claim it to record outcomes and payments." />
      )}
    </div>
  );
}
