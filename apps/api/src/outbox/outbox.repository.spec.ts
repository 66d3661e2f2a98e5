import { toOutboxMail } from './outbox.repository.js';

describe('outbox repository mapping', () => {
  it('maps an outbox row to a message', () => {
    expect(toOutboxMail({
      id: 'm1', kind: 'EMAIL', case_id: 'c1', to_address: 'debtor@example.org', subject: 'Reminder', body: 'Text', attempts: 2, sent_by: null,
    })).toEqual({
      id: 'm1', kind: 'EMAIL', caseId: 'c1', toAddress: 'debtor@example.org', subject: 'Reminder', body: 'Text', attempts: 2, sentBy: null,
    });
  });
});
