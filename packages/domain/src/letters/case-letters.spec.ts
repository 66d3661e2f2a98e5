import { disputeAnswerLetter, planConfirmationLetter, type CaseLetterInput } from './case-letters.js';

const base: CaseLetterInput = {
  language: 'de', country: 'DE', writtenOn: '2026-12-07', currency: 'EUR',
  agency: { name: 'Mahnwerk Inkasso GmbH', address: 'Musterstraße 1, 20095 Hamburg' },
  creditorName: 'Stadtwerke Nord GmbH',
  debtor: { name: 'Anna Schmidt', address: 'Heidestraße 17\n51147 Köln', kind: 'consumer' },
  caseRef: '4F2A9C01',
  payment: { accountHolder: 'Mahnwerk Inkasso GmbH', iban: 'DE87200400000627384900', bic: 'COBADEHHXXX', reference: 'INV-1/D-000123' },
};
const plan = {
  installments: [{ dueDate: '2026-12-15', amountCents: 10_000 }, { dueDate: '2027-01-15', amountCents: 10_000 }, { dueDate: '2027-02-15', amountCents: 5_250 }],
  feeCents: 3_430, feeLabel: 'Payment plan agreement fee', missedToDefault: 2, openCents: 28_680,
};

describe('planConfirmationLetter', () => {
  it('states the installments, the cost with its basis, the balance and what a default does, in German', () => {
    const letter = planConfirmationLetter(base, plan);
    const spaced = (x: string) => x.replace(/\u00a0/g, ' ');
    expect(letter.title).toBe('Bestätigung Ihrer Ratenzahlungsvereinbarung');
    expect(letter.date).toBe('07.12.2026');
    expect(letter.recipient).toEqual({ name: 'Anna Schmidt', address: ['Heidestraße 17', '51147 Köln'] });
    expect(letter.tables[0]!.rows.map((r) => r.map(spaced))).toEqual([['1', '15.12.2026', '100,00 €'], ['2', '15.01.2027', '100,00 €'], ['3', '15.02.2027', '52,50 €']]);
    const text = spaced(letter.paragraphs.join('\n'));
    expect(text).toContain('3 Raten über insgesamt 252,50 €');
    expect(text).toContain('34,30 € an (Einigungsgebühr Ratenzahlungsvereinbarung (Nr. 1000 VV RVG, § 31b RVG))');
    expect(text).toContain('Offener Saldo heute: 286,80 €');
    expect(text).toContain('Werden 2 Raten nicht rechtzeitig gezahlt, wird der gesamte Restbetrag sofort fällig');
    expect(letter.payment).toMatchObject({ amountCents: 10_000, deadline: '2026-12-15', reference: 'INV-1/D-000123' });
    expect(letter.payment!.epcPayload).toContain('INV-1/D-000123');
  });

  it('says there is no charge when none is made, and writes English and Danish', () => {
    const en = planConfirmationLetter({ ...base, language: 'en' }, { ...plan, feeCents: 0, feeLabel: null, missedToDefault: 1 });
    expect(en.paragraphs).toContain('We do not charge you for the agreement.');
    expect(en.paragraphs).toContain('If an installment is not paid on time, the whole remaining balance falls due at once and dunning resumes.');
    const da = planConfirmationLetter({ ...base, language: 'da', country: 'DK', currency: 'DKK' }, { ...plan, feeCents: 0, feeLabel: null });
    expect(da.title).toBe('Bekræftelse af din afdragsordning');
    expect(da.payment!.epcPayload).toBeNull();
  });

  it('refuses a plan without installments and a debtor without an address', () => {
    expect(() => planConfirmationLetter(base, { ...plan, installments: [] })).toThrow(/at least one installment/);
    expect(() => planConfirmationLetter({ ...base, debtor: { ...base.debtor, address: ' ' } }, plan)).toThrow(/no postal address/);
  });
});

describe('disputeAnswerLetter', () => {
  const dispute = {
    openedOn: '2026-11-20', reason: 'ALREADY_PAID' as const, clarification: 'No payment for invoice INV-1 arrived; the account statement is enclosed.',
    note: 'The transfer of 12 November went to another invoice.', openCents: 28_680, deadline: '2026-12-21',
  };

  it('answers the objection: what was objected, the creditor\'s statement, the result, a new deadline', () => {
    const letter = disputeAnswerLetter(base, dispute);
    expect(letter.title).toBe('Ihr Widerspruch vom 20.11.2026');
    const text = letter.paragraphs.join('\n').replace(/\u00a0/g, ' ');
    expect(text).toContain('Sie haben angegeben: die Forderung sei bereits bezahlt');
    expect(text).toContain('Stellungnahme unserer Auftraggeberin: No payment for invoice INV-1 arrived');
    expect(text).toContain('Die Forderung besteht weiterhin in voller Höhe. The transfer of 12 November went to another invoice.');
    expect(text).toContain('offenen Betrag von 286,80 € bis zum 21.12.2026');
    expect(letter.payment).toMatchObject({ amountCents: 28_680, deadline: '2026-12-21' });
  });

  it('leaves out a clarification never recorded, and the payment block when nothing is open', () => {
    const letter = disputeAnswerLetter({ ...base, language: 'en' }, { ...dispute, clarification: null, openCents: 0 });
    expect(letter.paragraphs.some((p) => p.startsWith("Our client's statement"))).toBe(false);
    expect(letter.payment).toBeNull();
    expect(letter.title).toBe('Your objection of 20 November 2026');
  });
});
