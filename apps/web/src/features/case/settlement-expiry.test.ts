import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { isSettlementExpiredError, settlementExpiredNote } from './settlement-expiry';

describe('isSettlementExpiredError', () => {
  const gqlError = (extensions: Record<string, unknown>) =>
    new CombinedGraphQLErrors({ data: null, errors: [{ message: 'This settlement expired on 2026-11-25', extensions }] });
  it('recognises the expiry refusal by its reason, not its wording', () => {
    expect(isSettlementExpiredError(gqlError({ code: 'CONFLICT', reason: 'SETTLEMENT_EXPIRED' }))).toBe(true);
    expect(isSettlementExpiredError(gqlError({ code: 'CONFLICT' }))).toBe(false);
    expect(isSettlementExpiredError(new Error('SETTLEMENT_EXPIRED'))).toBe(false);
  });
  it('says the offer lapsed by its last day', () => {
    expect(settlementExpiredNote('2026-11-25', (d) => d)).toMatch(/^Not paid in full by 2026-11-25/);
  });
});
