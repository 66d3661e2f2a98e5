import { describe, expect, it } from 'vitest';
import { caseReference } from './case-reference';

describe('caseReference', () => {
  it('names a case by its first claim and counts the others', () => {
    expect(caseReference({ claims: [{ reference: 'RE-1001' }, { reference: 'RE-1002' }], debtor: { ref: 'D-7' } })).toEqual({ reference: 'RE-1001', more: 1 });
  });

  it('falls back to the debtor reference for a case without claims', () => {
    expect(caseReference({ claims: [], debtor: { ref: 'D-7' } })).toEqual({ reference: 'D-7', more: 0 });
  });
});
