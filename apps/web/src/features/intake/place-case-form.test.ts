import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { emptyPlaceCaseDraft, PLACE_CASE_MESSAGES, placeCaseInput, placeCaseServerErrors, type PlaceCaseDraft } from './place-case-form';

const filled: PlaceCaseDraft = {
  ...emptyPlaceCaseDraft('c1', 'de'),
  debtorRef: ' D-7 ', debtorName: 'Erika Muster', debtorKind: 'business', debtorEmail: 'erika@example.org',
  debtorStreet: 'Heidestraße 17', debtorPostcode: '51147', debtorCity: 'Köln', invoiceRef: 'INV-7', amount: '1.234,56',
  invoiceDate: '2026-09-01', dueDate: '2026-09-15', claimKind: 'goods_services', contractSubject: 'Lieferung', contractDate: '2026-08-20',
  remindersSent: '2',
};

const graphQLError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('placeCaseInput', () => {
  it('sends the amount as cents, trimmed text, empty optional fields as null', () => {
    const { input, errors } = placeCaseInput(filled);
    expect(errors).toEqual({});
    expect(input).toMatchObject({
      creditorId: 'c1', debtorRef: 'D-7', debtorKind: 'business', debtorCountry: 'DE', debtorPhone: null, debtorLanguage: null,
      claims: [{ invoiceRef: 'INV-7', principalCents: 123_456, defaultDate: null, claimKind: 'goods_services', remindersSent: 2 }],
    });
  });

  it('names each field the browser can check before sending', () => {
    const { input, errors } = placeCaseInput({ ...emptyPlaceCaseDraft(), amount: '12,345', remindersSent: 'two' });
    expect(input).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(
      ['amount', 'creditorId', 'debtorName', 'debtorRef', 'dueDate', 'invoiceDate', 'invoiceRef', 'remindersSent'],
    );
    expect(errors.amount).toMatch(/ambiguous/);
    expect(errors.dueDate).toEqual(PLACE_CASE_MESSAGES.dueDate);
  });
});

describe('placeCaseServerErrors', () => {
  it('puts a row check at its field without the column prefix', () => {
    const error = graphQLError('due_date: 2026-07-01 is before the invoice date 2026-09-01.', { code: 'BAD_USER_INPUT', field: 'claims.0.dueDate' });
    expect(placeCaseServerErrors(error)).toEqual({ dueDate: '2026-07-01 is before the invoice date 2026-09-01.' });
  });

  it('puts an invoice placed before at the invoice reference', () => {
    const error = graphQLError('The creditor ALP placed INV-7 before; an invoice is placed once.', { code: 'CONFLICT', field: 'claims.0.invoiceRef' });
    expect(placeCaseServerErrors(error)).toEqual({ invoiceRef: 'The creditor ALP placed INV-7 before; an invoice is placed once.' });
  });

  it('leaves errors that name no field of the form to the form', () => {
    expect(placeCaseServerErrors(graphQLError('No.', { code: 'FORBIDDEN' }))).toBeNull();
    expect(placeCaseServerErrors(new Error('network'))).toBeNull();
  });
});
