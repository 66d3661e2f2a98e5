import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { isSettlementExpiredError, SETTLEMENT_EXPIRED_NOTE } from './settlement-expiry';

describe('isSettlementExpiredError', () => {
  const gqlError = (extensions: Record<string, unknown>) =>
    new CombinedGraphQLErrors({ data: null, errors: [{ message: 'This settlement expired on 2026-11-25', extensions }] });
  it('recognises the expiry refusal by its reason, not its wording', () => {
    expect(isSettlementExpiredError(gqlError({ code: 'CONFLICT', reason: 'SETTLEMENT_EXPIRED' }))).toBe(true);
    expect(isSettlementExpiredError(gqlError({ code: 'CONFLICT' }))).toBe(false);
    expect(isSettlementExpiredError(new Error('SETTLEMENT_EXPIRED'))).toBe(false);
  });
  it('says the offer lapsed by its last day', () => {
    const english = createIntl({ locale: 'en-GB', messages: {}, onError: () => undefined });
    expect(english.formatMessage(SETTLEMENT_EXPIRED_NOTE, { date: '25 Nov 2026' })).toMatch(/^Not paid in full by 25 Nov 2026: the offer has lapsed/);
  });
});
