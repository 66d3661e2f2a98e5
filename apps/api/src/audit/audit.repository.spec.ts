import { toAuditEventParams } from './audit.repository.js';

describe('audit repository parameters', () => {
  it('writes before and after as JSON text', () => {
    expect(toAuditEventParams({ actorId: 'u1', action: 'CASE_REASSIGNED', entity: 'case', entityId: 'c1', before: { a: 1 }, after: { a: 2 } }))
      .toEqual(['u1', 'CASE_REASSIGNED', 'case', 'c1', '{"a":1}', '{"a":2}']);
  });

  it('writes an absent before or after as NULL, not the text "undefined"', () => {
    expect(toAuditEventParams({ actorId: null, action: 'X', entity: 'case', entityId: 'c1' })).toEqual([null, 'X', 'case', 'c1', null, null]);
  });
});
