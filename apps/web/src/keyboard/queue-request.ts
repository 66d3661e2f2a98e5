/** What another screen asks the queue to do once it opens (the navigation's state): `n` or `/` pressed on a case's own page. */
export interface QueueRequest {
  queueRequest: 'claim' | 'search';
}
