/**
 * The idempotency keys payments are stored under, built on the server by source: a person's key is
 * scoped to them (`manual:<user>:<key>`), a bank line's is its transaction (`bank:<transaction>`),
 * so no manual key can block or stand in for a bank line, nor one person's key for another's.
 */
export const manualPaymentKey = (userId: string, key: string) => `manual:${userId}:${key}`;

/** The idempotency key of the payment a bank transaction books: one payment per bank transaction, ever. */
export const bankPaymentKey = (bankTransactionId: string) => `bank:${bankTransactionId}`;
