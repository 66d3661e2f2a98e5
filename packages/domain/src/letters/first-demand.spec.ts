import { computeBalance, type Balance } from '../balance/compute-balance.js';
import { RuleViolation } from '../rule-violation.js';
import { addressLines, buildDunningLetter, type DunningLetterInput, type LetterCase } from './first-demand.js';
import { BFJ_SUPERVISORY_AUTHORITY, formatSupervisoryAuthority, supervisoryAuthorityOn } from './supervisory-authority.js';
import { paymentInstructions, paymentReference } from './payment-instructions.js';

const nbsp = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

/** A German consumer with two cases of one creditor, as of 2025-06-30 (base rate 2.27 %). */
function germanInput(): DunningLetterInput {
  const b1 = computeBalance(
    {
      country: 'DE',
      debtorKind: 'consumer',
      currency: 'EUR',
      asOf: '2025-06-30',
      claims: [{ reference: 'R-1', principalCents: 100_000, dueDate: '2025-02-01', defaultDate: '2025-03-03' }],
      fees: [{ label: 'Inkassokosten', amountCents: 5_280, chargedOn: '2025-04-01' }],
      payments: [{ amountCents: 10_000, receivedOn: '2025-05-01' }],
    },
    { lineDetails: true },
  );
  const b2 = computeBalance(
    {
      country: 'DE',
      debtorKind: 'consumer',
      currency: 'EUR',
      asOf: '2025-06-30',
      claims: [{ reference: 'R-2', principalCents: 50_000, dueDate: '2025-05-15', defaultDate: null, invoiceNotedDefaultRule: true }],
      fees: [],
      payments: [],
    },
    { lineDetails: true },
  );
  return {
    creditor: { name: 'Stadtwerke Musterstadt GmbH', address: ['Hauptstraße 1', '12345 Musterstadt'], country: 'DE' },
    debtor: { name: 'Erika Mustermann', address: ['Heidestraße 17', '51147 Köln'], kind: 'consumer' },
    agent: { name: 'Mahnwerk Inkasso GmbH', address: ['Inkassoweg 2', '10115 Berlin'] },
    cases: [
      {
        caseRef: 'A-1',
        stage: 'AGENCY',
        claims: [{ reference: 'R-1', subject: 'Stromlieferung Januar 2025', contractDate: '2024-11-15', principalCents: 100_000, dueDate: '2025-02-01' }],
        balance: b1,
        costItems: [{ type: 'Inkassokosten', amountCents: 5_280, basis: '0,5 Geschäftsgebühr Nr. 2300 VV RVG und Auslagenpauschale Nr. 7002 VV RVG (§ 13e RDG)' }],
      },
      {
        caseRef: 'A-2',
        stage: 'DUNNING_2',
        // RDG 13a(1) no. 2: subject and date of the contract, for every claim of a consumer letter.
        claims: [{ reference: 'R-2', subject: 'Wartungsvertrag Heizung', contractDate: '2024-09-02', principalCents: 50_000, dueDate: '2025-05-15' }],
        balance: b2,
      },
    ],
    asOf: '2025-06-30',
    paymentDeadline: '2025-07-14',
    // From 2025-01-01 the Bundesamt für Justiz supervises registered collection service providers
    // (RDG 13 as amended, BGBl. 2023 I Nr. 64), no longer the president of a Land court.
    supervisoryAuthority: formatSupervisoryAuthority(supervisoryAuthorityOn([BFJ_SUPERVISORY_AUTHORITY], '2025-06-30')!),
    vatStatement: 'CREDITOR_DEDUCTS_VAT',
    addressResearched: false,
    language: 'de',
    payment: { accountHolder: 'Mahnwerk Inkasso GmbH', iban: 'DE02120300000000202051', bic: 'BYLADEM1001', reference: 'A-1/D-7' },
  };
}

describe('buildDunningLetter: German first demand to a consumer (RDG 13a)', () => {
  const letter = buildDunningLetter(germanInput());

  it('is addressed from the agency to the debtor, titled by the highest stage, in a respectful tone', () => {
    expect(letter.sender.name).toBe('Mahnwerk Inkasso GmbH');
    expect(letter.recipient).toEqual({ name: 'Erika Mustermann', address: ['Heidestraße 17', '51147 Köln'] });
    expect(letter.date).toBe('30.06.2025');
    expect(letter.title).toBe('Zahlungsaufforderung');
    expect(letter.salutation).toBe('Guten Tag Erika Mustermann,');
    expect(letter.paragraphs.map(nbsp)).toEqual([
      'Stadtwerke Musterstadt GmbH hat uns beauftragt, die unten aufgeführten offenen Beträge einzuziehen. Bisher ist dafür keine Zahlung eingegangen.',
      'Bitte überweisen Sie den Gesamtbetrag von 1.477,67 € bis zum 14.07.2025.',
      'Zahlungsempfänger: Mahnwerk Inkasso GmbH, IBAN DE02 1203 0000 0000 2020 51, BIC BYLADEM1001. Bitte geben Sie als Verwendungszweck A-1/D-7 an, damit wir Ihre Zahlung zuordnen können.',
      'Falls Sie inzwischen gezahlt haben, danken wir Ihnen und bitten Sie, dieses Schreiben als gegenstandslos zu betrachten.',
      'Wenn Sie den Betrag nicht auf einmal zahlen können oder Fragen haben, melden Sie sich bitte bei uns. Wir finden gemeinsam eine Lösung.',
    ]);
    const text = JSON.stringify(letter);
    for (const threat of ['Schufa', 'Gerichtsvollzieher', 'Pfändung', 'Haft']) expect(text).not.toContain(threat);
    expect(letter.closing).toBe('Mit freundlichen Grüßen');
  });

  it('lists each claim with its subject and contract date, and the interest with principal, rate and period', () => {
    const [claims, interest] = letter.tables;
    expect(claims?.caption).toBe('Forderungen');
    expect(claims?.rows.map((r) => r.map(nbsp))).toEqual([
      ['A-1', 'R-1', 'Stromlieferung Januar 2025', '15.11.2024', '01.02.2025', '1.000,00 €'],
      ['A-2', 'R-2', 'Wartungsvertrag Heizung', '02.09.2024', '15.05.2025', '500,00 €'],
    ]);
    expect(interest?.caption).toBe('Zinsberechnung');
    const rate = '7,27 % p. a. (Basiszinssatz 2,27 % + 5 Prozentpunkte, §§ 288 Abs. 1, 247 BGB)';
    expect(interest?.rows.map((r) => r.map(nbsp))).toEqual([
      // 1000 * 7.27 % * 59 / 365 = 11.7512 -> 11.75
      ['R-1', '1.000,00 €', rate, '04.03.2025', '01.05.2025', '59', '11,75 €'],
      // after the payment: 964.55 * 7.27 % * 60 / 365 = 11.5270 -> 11.53
      ['R-1', '964,55 €', rate, '02.05.2025', '30.06.2025', '60', '11,53 €'],
      // invoice noted the 30-day rule: default 2025-06-14, 16 days on 500.00 = 1.5934 -> 1.59
      ['R-2', '500,00 €', rate, '15.06.2025', '30.06.2025', '16', '1,59 €'],
    ]);
  });

  it('explains each cost and each payment, and the totals add up', () => {
    const costs = letter.tables.find((t) => t.caption === 'Kosten');
    expect(costs?.rows.map((r) => r.map(nbsp))).toEqual([
      ['Inkassokosten', '0,5 Geschäftsgebühr Nr. 2300 VV RVG und Auslagenpauschale Nr. 7002 VV RVG (§ 13e RDG)', '52,80 €'],
    ]);
    const payments = letter.tables.find((t) => t.caption === 'Zahlungen');
    expect(payments?.headers).toEqual(['Eingang', 'Betrag', 'Verrechnung (§ 367 BGB)']);
    expect(payments?.rows.map((r) => r.map(nbsp))).toEqual([
      ['01.05.2025', '100,00 €', '52,80 € auf Kosten, 11,75 € auf Zinsen, 35,45 € auf die Hauptforderung'],
    ]);
    expect(letter.totals).toMatchObject({
      currency: 'EUR',
      principalCents: 150_000,
      interestCents: 1_175 + 1_153 + 159,
      feesCents: 5_280,
      paidCents: 10_000,
      totalCents: 147_767,
    });
    expect(letter.totals.totalCents).toBe(150_000 + 2_487 + 5_280 - 10_000);
    expect(letter.totals.rows.map(([l, a]) => [l, nbsp(a)])).toEqual([
      ['Hauptforderungen', '1.500,00 €'],
      ['Zinsen', '24,87 €'],
      ['Kosten', '52,80 €'],
      ['abzüglich Zahlungen', '-100,00 €'],
      ['Zu zahlender Betrag', '1.477,67 €'],
    ]);
    expect(letter.deadline).toEqual({ date: '2025-07-14', text: 'Zahlungsfrist: 14.07.2025' });
  });

  it('carries every notice RDG 13a requires', () => {
    expect(letter.legalNotices.map(nbsp)).toEqual([
      'Gläubiger (Auftraggeber): Stadtwerke Musterstadt GmbH, Hauptstraße 1, 12345 Musterstadt.',
      'Forderungsgrund der Rechnung R-1: Stromlieferung Januar 2025, Vertrag vom 15.11.2024.',
      'Forderungsgrund der Rechnung R-2: Wartungsvertrag Heizung, Vertrag vom 02.09.2024.',
      'Wir berechnen ausschließlich die gesetzlichen Verzugszinsen: Basiszinssatz zuzüglich 5 Prozentpunkte (§ 288 Abs. 1, § 247 BGB). Verzinster Betrag, Zinssatz und Zeitraum stehen in der Tabelle »Zinsberechnung«.',
      'Art, Höhe und Entstehungsgrund jeder Kostenposition stehen in der Tabelle »Kosten«.',
      'Unser Auftraggeber ist zum Vorsteuerabzug berechtigt; auf die Kosten wird deshalb keine Umsatzsteuer berechnet.',
      'Ihre Anschrift wurde uns von unserem Auftraggeber mitgeteilt; eine Anschriftenermittlung fand nicht statt.',
      'Zuständige Aufsichtsbehörde: Bundesamt für Justiz, Adenauerallee 99-103, 53113 Bonn, https://www.bundesjustizamt.de.',
      // VV 1000 with RVG 31b: 50 % of the open principal 1,464.55 = 732.28 -> 1.0 fee 93.00 (2025 table) * 0.7 = 65.10
      'Wenn Sie in Raten zahlen möchten, sprechen Sie uns gern an. Für eine Ratenzahlungsvereinbarung können Kosten von 65,10 € entstehen (Einigungsgebühr Nr. 1000 VV RVG mit § 31b RVG).',
      'Bitte beachten Sie: Wenn Sie die Forderung anerkennen, etwa durch eine Teilzahlung oder eine Ratenzahlungsvereinbarung, beginnt die Verjährung neu (§ 212 BGB). Ein Schuldanerkenntnis kann außerdem dazu führen, dass Sie Einwendungen gegen die Forderung später nicht mehr geltend machen können.',
      'Wenn Sie die Forderung für unberechtigt halten, teilen Sie uns bitte Ihre Gründe mit; wir prüfen sie sorgfältig.',
    ]);
  });

  it('states a researched address, VAT charged, a rate above the statutory one and a given payment-plan cost', () => {
    const input = germanInput();
    const [first, second] = input.cases;
    const l = buildDunningLetter({
      ...input,
      addressResearched: true,
      vatStatement: 'CREDITOR_CANNOT_DEDUCT_VAT',
      paymentPlanCost: { amountCents: 2_500, basis: 'Vereinbarung mit dem Auftraggeber' },
      cases: [{ ...first!, interestAboveStatutory: { description: '9 % p. a. laut Kreditvertrag', justification: 'vertraglich vereinbarter Zins, § 488 BGB' } }, second!],
    });
    const notices = l.legalNotices.map(nbsp);
    // RDG 13a(1) no. 7: that the address was researched, and how to report an error in it.
    expect(notices).toContain(
      'Ihre Anschrift wurde durch eine Anschriftenermittlung festgestellt. Ist sie falsch, teilen Sie uns das bitte mit: Mahnwerk Inkasso GmbH, Inkassoweg 2, 10115 Berlin.',
    );
    expect(notices).toContain('Unser Auftraggeber ist nicht zum Vorsteuerabzug berechtigt; die Umsatzsteuer auf die Kosten wird deshalb mit geltend gemacht.');
    expect(notices).toContain(
      'Der berechnete Zinssatz liegt über dem gesetzlichen Verzugszins: 9 % p. a. laut Kreditvertrag. Begründung: vertraglich vereinbarter Zins, § 488 BGB.',
    );
    expect(notices).toContain(
      'Wenn Sie in Raten zahlen möchten, sprechen Sie uns gern an. Für eine Ratenzahlungsvereinbarung können Kosten von 25,00 € entstehen (Vereinbarung mit dem Auftraggeber).',
    );
  });

  it('adds VAT to the computed payment-plan cost when the creditor cannot deduct it', () => {
    const l = buildDunningLetter({ ...germanInput(), vatStatement: 'CREDITOR_CANNOT_DEDUCT_VAT' });
    // 65.10 + 19 % (12.369 -> 12.37) = 77.47
    expect(l.legalNotices.map(nbsp).find((n) => n.startsWith('Wenn Sie in Raten'))).toContain('Kosten von 77,47 €');
  });

  it('uses the FEE lines of the balance when no cost items are given, naming statutory fees', () => {
    const b = computeBalance(
      {
        country: 'DE',
        debtorKind: 'business',
        currency: 'EUR',
        asOf: '2025-06-30',
        claims: [{ reference: 'B-1', principalCents: 100_000, dueDate: '2025-03-01', defaultDate: null }],
        fees: [],
        payments: [],
      },
      { lineDetails: true, statutoryFlatFees: true },
    );
    const l = buildDunningLetter({
      ...germanInput(),
      debtor: { name: 'Muster AG', address: ['Industriestraße 5', '50667 Köln'], kind: 'business' },
      cases: [
        {
          caseRef: 'B',
          stage: 'DUNNING_1',
          claims: [{ reference: 'B-1', subject: 'Lieferung Büromöbel', contractDate: '2025-01-10', principalCents: 100_000, dueDate: '2025-03-01' }],
          balance: b,
        },
      ],
      agent: null,
      supervisoryAuthority: null,
    });
    expect(l.salutation).toBe('Sehr geehrte Damen und Herren,');
    expect(l.title).toBe('Mahnung');
    expect(l.paragraphs[0]).toBe('leider können wir für die unten aufgeführten Rechnungen von Stadtwerke Musterstadt GmbH bis heute keinen Zahlungseingang feststellen.');
    expect(l.tables.find((t) => t.caption === 'Kosten')?.rows.map((r) => r.map(nbsp))).toEqual([
      ['Verzugspauschale 40 EUR', 'Verzug eines Unternehmers, § 288 Abs. 5 BGB; wird auf spätere Rechtsverfolgungskosten angerechnet (B-1)', '40,00 €'],
    ]);
    expect(l.legalNotices.map(nbsp)).toContain(
      'Wir berechnen ausschließlich die gesetzlichen Verzugszinsen: Basiszinssatz zuzüglich 9 Prozentpunkte (§ 288 Abs. 2, § 247 BGB). Verzinster Betrag, Zinssatz und Zeitraum stehen in der Tabelle »Zinsberechnung«.',
    );
    // the creditor's own dunning letter: no RVG payment-plan fee is quoted
    expect(l.legalNotices.map(nbsp)).toContain(
      'Wenn Sie in Raten zahlen möchten, sprechen Sie uns gern an; etwaige Kosten einer Ratenzahlungsvereinbarung nennen wir Ihnen vorher.',
    );
  });

  it('prints stored cost labels in the letter\'s language', () => {
    const b = computeBalance(
      {
        country: 'DE', debtorKind: 'consumer', currency: 'EUR', asOf: '2025-06-30',
        claims: [{ reference: 'R-9', principalCents: 10_000, dueDate: '2025-06-01', defaultDate: null }],
        fees: [{ label: 'Dunning letter costs (postage and material)', amountCents: 150, chargedOn: '2025-06-20' }],
        payments: [],
      },
      { lineDetails: true },
    );
    const one = (language: 'de' | 'en') => buildDunningLetter({
      ...germanInput(), language,
      cases: [{ caseRef: 'C', stage: 'DUNNING_2', claims: [{ reference: 'R-9', subject: 'Strom', contractDate: '2024-01-02', principalCents: 10_000, dueDate: '2025-06-01' }], balance: b }],
    });
    expect(one('de').tables.find((t) => t.caption === 'Kosten')?.rows[0]?.slice(0, 2)).toEqual(['Mahnkosten (Porto und Material, §§ 280 Abs. 2, 286 BGB)', 'berechnet am 20.06.2025']);
    expect(one('en').tables.find((t) => t.caption === 'Costs')?.rows[0]?.slice(0, 2)).toEqual(['Dunning letter costs (postage and material, BGB 280(2), 286)', 'charged on 20 June 2025']);
  });

  it('can be written in English for a German creditor', () => {
    const l = buildDunningLetter({ ...germanInput(), language: 'en' });
    expect(l.title).toBe('Request for payment');
    expect(l.date).toBe('30 June 2025');
    expect(nbsp(l.paragraphs[1]!)).toBe('Please pay the total of €1,477.67 by 14 July 2025.');
    expect(l.tables[1]?.rows[0]?.[2]).toBe('7.27% p.a. (base rate 2.27% + 5 points, BGB 288(1), 247)');
    expect(l.legalNotices).toContain(
      'Please note: if you acknowledge the claim, for example by a part payment or an instalment agreement, the limitation period starts again (BGB 212). An acknowledgement of debt may also mean that you can no longer raise objections to the claim later.',
    );
  });
});

describe('buildDunningLetter: where and how to pay', () => {
  it('names holder, IBAN, BIC, reference, amount and deadline, with a GiroCode for EUR', () => {
    const letter = buildDunningLetter(germanInput());
    expect(letter.payment).toEqual({
      accountHolder: 'Mahnwerk Inkasso GmbH',
      iban: 'DE02 1203 0000 0000 2020 51',
      bic: 'BYLADEM1001',
      reference: 'A-1/D-7',
      amountCents: letter.totals.totalCents,
      currency: 'EUR',
      deadline: '2025-07-14',
      qrCaption: 'Mit Ihrer Banking-App scannen (GiroCode)',
      epcPayload: ['BCD', '002', '1', 'SCT', 'BYLADEM1001', 'Mahnwerk Inkasso GmbH', 'DE02120300000000202051', 'EUR1477.67', '', '', 'A-1/D-7'].join('\n'),
    });
  });

  it('has no payment block without payment details', () => {
    expect(buildDunningLetter({ ...germanInput(), payment: null }).payment).toBeNull();
  });

  it('refuses payment details without an account holder', () => {
    expect(() => buildDunningLetter({ ...germanInput(), payment: { accountHolder: ' ', iban: 'DE02120300000000202051', reference: 'A-1' } }))
      .toThrow(RuleViolation);
  });
});

describe('paymentReference and paymentInstructions', () => {
  it('names one case by its first claim reference and the debtor reference, several cases by the debtor reference', () => {
    expect(paymentReference([{ claimReferences: ['INV-1', 'INV-2'] }], 'D-000123')).toBe('INV-1/D-000123');
    expect(paymentReference([{ claimReferences: ['INV-1'] }, { claimReferences: ['INV-9'] }], 'D-000123')).toBe('D-000123');
  });

  it('words the payment block of an e-mail like the letter', () => {
    expect(paymentInstructions({
      language: 'en', country: 'DK', accountHolder: 'Nordisk Energi A/S', iban: 'DK5000400440116243', bic: 'DABADKKK',
      reference: 'F-7/D-1', amountCents: 123_450, currency: 'DKK', deadline: '2025-05-02',
    }).map((l) => l.replace(/\u00a0/g, ' '))).toEqual([
      'Please pay the total of DKK 1,234.50 by 2 May 2025.',
      'Please transfer the amount to Nordisk Energi A/S, IBAN DK50 0040 0440 1162 43, BIC DABADKKK, quoting the reference F-7/D-1 so that we can match your payment.',
    ]);
  });
});

describe('addressLines', () => {
  it.each<[string | string[], string[]]>([
    [['Hauptstraße 1', '10115 Berlin'], ['Hauptstraße 1', '10115 Berlin']],
    ['Hauptstraße 1, 10115 Berlin', ['Hauptstraße 1', '10115 Berlin']],
    ['Hauptstraße 1\n10115 Berlin\n', ['Hauptstraße 1', '10115 Berlin']],
    ['', []],
  ])('%p -> %p', (address, lines) => {
    expect(addressLines(address)).toEqual(lines);
  });

  it('takes the creditor address as one string too', () => {
    const l = buildDunningLetter({ ...germanInput(), creditor: { name: 'Stadtwerke Musterstadt GmbH', address: 'Hauptstraße 1, 12345 Musterstadt', country: 'DE' } });
    expect(l.legalNotices[0]).toBe('Gläubiger (Auftraggeber): Stadtwerke Musterstadt GmbH, Hauptstraße 1, 12345 Musterstadt.');
    expect(buildDunningLetter({ ...germanInput(), agent: null }).sender).toEqual({ name: 'Stadtwerke Musterstadt GmbH', address: ['Hauptstraße 1', '12345 Musterstadt'] });
  });
});

describe('buildDunningLetter: refusals', () => {
  const withCase = (change: (c: LetterCase) => LetterCase): DunningLetterInput => {
    const input = germanInput();
    return { ...input, cases: [change(input.cases[0]!), input.cases[1]!] };
  };
  const plainBalance = (): Balance =>
    computeBalance({
      country: 'DE',
      debtorKind: 'consumer',
      currency: 'EUR',
      asOf: '2025-06-30',
      claims: [{ reference: 'R-1', principalCents: 100_000, dueDate: '2025-02-01', defaultDate: '2025-03-03' }],
      fees: [{ label: 'Inkassokosten', amountCents: 5_280, chargedOn: '2025-04-01' }],
      payments: [],
    });

  it.each<[string, DunningLetterInput, string]>([
    ['a balance without line details', withCase((c) => ({ ...c, balance: plainBalance() })), 'cases[0].balance.lines[1]'],
    ['cost items that do not add up', withCase((c) => ({ ...c, costItems: [{ type: 'Inkassokosten', amountCents: 5_000, basis: 'VV 2300' }] })), 'cases[0].costItems'],
    ['a cost item without basis', withCase((c) => ({ ...c, costItems: [{ type: 'Inkassokosten', amountCents: 5_280, basis: ' ' }] })), 'cases[0].costItems[0]'],
    ['claims that do not match the balance', withCase((c) => ({ ...c, claims: [{ ...c.claims[0]!, principalCents: 90_000 }] })), 'cases[0].claims'],
    ['a claim without subject', withCase((c) => ({ ...c, claims: [{ ...c.claims[0]!, subject: '' }] })), 'cases[0].claims[0].subject'],
    ['an agency letter to a consumer without the contract date (RDG 13a(1) no. 2)', withCase((c) => ({ ...c, claims: [{ ...c.claims[0]!, contractDate: null }] })), 'cases[0].claims[0].contractDate'],
    ['a rate above the statutory one without justification', withCase((c) => ({ ...c, interestAboveStatutory: { description: '9 %', justification: '' } })), 'cases[0].interestAboveStatutory'],
    ['a stale balance', { ...germanInput(), asOf: '2025-07-01', paymentDeadline: '2025-07-15' }, 'cases[0].balance.asOf'],
    ['a deadline on the letter date', { ...germanInput(), paymentDeadline: '2025-06-30' }, 'paymentDeadline'],
    ['Danish for a German creditor', { ...germanInput(), language: 'da' }, 'language'],
    ['an agency letter to a consumer without supervisory authority', { ...germanInput(), supervisoryAuthority: ' ' }, 'supervisoryAuthority'],
    ['a collection warning in Germany', { ...germanInput(), collectionWarning: true }, 'collectionWarning'],
    ['no cases', { ...germanInput(), cases: [] }, 'cases'],
    ['a creditor without address', { ...germanInput(), creditor: { name: 'X', address: ' ', country: 'DE' } }, 'creditor'],
    ['a case in another currency', withCase((c) => ({ ...c, balance: { ...c.balance, currency: 'DKK' } })), 'cases[1].balance.currency'],
  ])('refuses %s', (_name, input, field) => {
    expect(() => buildDunningLetter(input)).toThrow(RuleViolation);
    expect(() => buildDunningLetter(input)).toThrow(expect.objectContaining({ field }));
  });

  it('refuses a letter when nothing is open', () => {
    const input = germanInput();
    const paid = (c: LetterCase): LetterCase => ({ ...c, balance: { ...c.balance, totalCents: 0 } });
    expect(() => buildDunningLetter({ ...input, cases: input.cases.map(paid) })).toThrow(/Nothing is open/);
  });
});

describe('buildDunningLetter: Danish letters (renteloven 5, 9a, 9b; inkassoloven 9, 10; forældelsesloven 15, 19)', () => {
  function danishInput(): DunningLetterInput {
    const balance = computeBalance(
      {
        country: 'DK',
        debtorKind: 'business',
        currency: 'DKK',
        asOf: '2025-04-20',
        claims: [{ reference: 'F-7', principalCents: 250_000, invoiceDate: '2025-02-01', dueDate: '2025-02-01', defaultDate: null }],
        fees: [
          { label: 'Rykkergebyr (renteloven 9b(2))', amountCents: 10_000, chargedOn: '2025-03-10' },
          { label: 'Rykkergebyr (renteloven 9b(2))', amountCents: 10_000, chargedOn: '2025-03-24' },
        ],
        payments: [],
      },
      { lineDetails: true, statutoryFlatFees: true },
    );
    return {
      creditor: { name: 'Nordisk Tømmer A/S', address: ['Havnegade 3', '8000 Aarhus C'], country: 'DK' },
      debtor: { name: 'Byg & Bo ApS', address: ['Vestergade 9', '5000 Odense C'], kind: 'business' },
      cases: [
        {
          caseRef: 'K-1',
          stage: 'DUNNING_2',
          claims: [{ reference: 'F-7', subject: 'Levering af tømmer', contractDate: '2025-01-05', principalCents: 250_000, dueDate: '2025-02-01' }],
          balance,
        },
      ],
      asOf: '2025-04-20',
      paymentDeadline: '2025-04-30',
      supervisoryAuthority: null,
      vatStatement: 'CREDITOR_DEDUCTS_VAT',
      addressResearched: false,
      language: 'da',
      collectionWarning: true,
    };
  }

  it('is a reminder with the collection warning of inkassoloven 10, every fee explained', () => {
    const l = buildDunningLetter(danishInput());
    expect(l.title).toBe('Rykker og inkassovarsel');
    expect(l.salutation).toBe('Kære Byg & Bo ApS');
    expect(nbsp(l.paragraphs[1]!)).toBe('Vi beder dig betale i alt 3.045,34 kr. senest den 30.04.2025.');
    expect(l.tables.find((t) => t.caption === 'Gebyrer og omkostninger')?.rows.map((r) => r.map(nbsp))).toEqual([
      ['Kompensationsbeløb 310 kr.', 'forsinket betaling i erhvervsforhold, renteloven § 9 a, stk. 3 (F-7)', '310,00 kr.'],
      ['Rykkergebyr (renteloven 9b(2))', 'opkrævet den 10.03.2025', '100,00 kr.'],
      ['Rykkergebyr (renteloven 9b(2))', 'opkrævet den 24.03.2025', '100,00 kr.'],
    ]);
    // default 2025-03-03, 2025-03-04 .. 2025-04-20 = 48 days at 2.75 + 8 = 10.75 %: 2500 * 0.1075 * 48 / 365 = 35.3425 -> 35.34
    expect(l.tables.find((t) => t.caption === 'Renteberegning')?.rows.map((r) => r.map(nbsp))).toEqual([
      ['F-7', '2.500,00 kr.', '10,75 % p.a. (referencesats 2,75 % + 8 procentpoint, renteloven § 5)', '04.03.2025', '20.04.2025', '48', '35,34 kr.'],
    ]);
    expect(l.totals.totalCents).toBe(250_000 + 3_534 + 31_000 + 20_000);
    expect(l.legalNotices.at(-1)).toBe(
      'Inkassovarsel: Hvis beløbet ikke er betalt senest den 30.04.2025, bliver sagen sendt til inkasso. Det vil medføre yderligere omkostninger for dig (inkassoloven § 10).',
    );
    expect(l.legalNotices).toContain(
      'Bemærk: Hvis du erkender gælden, fx ved en delbetaling eller en afdragsordning, begynder en ny forældelsesfrist at løbe fra den dag (forældelsesloven §§ 15 og 19).',
    );
  });

  it('refuses a collection warning with less than 10 days (inkassoloven 10(3))', () => {
    expect(() => buildDunningLetter({ ...danishInput(), paymentDeadline: '2025-04-29' })).toThrow(/2025-04-30 or later/);
  });

  it('can be written in English, with the Danish rules', () => {
    const l = buildDunningLetter({ ...danishInput(), language: 'en' });
    expect(l.title).toBe('Reminder and notice of collection');
    expect(l.legalNotices.at(-1)).toBe(
      'Notice of collection: if the amount has not been paid by 30 April 2025, the case will be passed to debt collection, which will cause further costs for you (inkassoloven section 10).',
    );
    expect(l.tables[1]?.rows[0]?.[2]).toBe('10.75% p.a. (reference rate 2.75% + 8 points, renteloven 5)');
  });

  it('carries no GiroCode for DKK (SEPA transfers are in euro)', () => {
    const l = buildDunningLetter({ ...danishInput(), payment: { accountHolder: 'Nordisk Tømmer A/S', iban: 'DK5000400440116243', reference: 'F-7/D-1' } });
    expect(l.payment?.epcPayload).toBeNull();
    expect(l.payment?.iban).toBe('DK50 0040 0440 1162 43');
  });

  it('refuses German for a Danish creditor', () => {
    expect(() => buildDunningLetter({ ...danishInput(), language: 'de' })).toThrow(expect.objectContaining({ field: 'language' }));
  });
});
