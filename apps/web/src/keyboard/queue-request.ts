/**
 * What another screen asks the queue to do once it opens (the navigation's state): `n`, `/`, `j` or `k`
 * pressed on a case's own page. `down` and `up` move the cursor from that case to the next or previous one.
 */
export interface QueueRequest {
  queueRequest: 'claim' | 'search' | 'down' | 'up';
}
