import { toOutboxMail } from './outbox.repository.js';

describe('outbox repository mapping', () => {
  it('maps an outbox row to a mail', () => {
    expect(toOutboxMail({ id: 'm1', to_address: 'debtor@example.org', subject: 'Reminder', body: 'Text', attempts: 2 })).toEqual({
      id: 'm1', toAddress: 'debtor@example.org', subject: 'Reminder', body: 'Text', attempts: 2,
    });
  });
});
