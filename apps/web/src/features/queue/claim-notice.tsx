import { FormattedMessage } from 'react-intl';
import { NoticeBar } from '../../ui/notice-bar';
import type { EmptyClaimReason } from './queue-capacity';

/** Why "claim next" gave nothing: the queue is full, or the pool holds nothing for this collector. */
export function ClaimNotice({ reason, capacity, onClose }: { reason: EmptyClaimReason; capacity: number | undefined; onClose: () => void }) {
  return (
    <NoticeBar testId="claim-notice" onClose={onClose}>
      <span data-reason={reason} data-testid="claim-notice-text">
        {reason === 'AT_CAPACITY' ? (
          <FormattedMessage
            id="queue.claimNotice.atCapacity"
            defaultMessage="Nothing claimed: your queue is full ({capacity} cases). Close or move cases first, or ask your team lead to raise your capacity."
            values={{ capacity: capacity ?? 0 }}
          />
        ) : (
          <FormattedMessage
            id="queue.claimNotice.poolEmpty"
            defaultMessage="Nothing to claim right now: no case you may work is waiting in the pool (your creditors and languages, due now, not on hold)."
          />
        )}
      </span>
    </NoticeBar>
  );
}
