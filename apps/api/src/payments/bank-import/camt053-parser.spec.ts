import { parseCamt053 } from './camt053-parser.js';
import { StatementFormatError } from './statement-line.js';

const entry = (body: string) => `<Ntry>${body}</Ntry>`;
const document = (entries: string, ns = 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.02') => `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="${ns}">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2026-11-21T06:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-2026-11-20</Id>
      <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
      ${entries}
    </Stmt>
  </BkToCstmrStmt>
</Document>`;

const CREDIT = entry(`
  <Amt Ccy="EUR">250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
  <BookgDt><Dt>2026-11-20</Dt></BookgDt><ValDt><Dt>2026-11-21</Dt></ValDt>
  <AcctSvcrRef>ENTRY-REF-1</AcctSvcrRef>
  <NtryDtls><TxDtls>
    <Refs><AcctSvcrRef>TX-REF-1</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
    <RltdPties><Dbtr><Nm>Erika  Mustermann</Nm></Dbtr><DbtrAcct><Id><IBAN>DE02 1203 0000 0000 2020 51</IBAN></Id></DbtrAcct></RltdPties>
    <RmtInf><Ustrd>Rechnung INV-123</Ustrd><Ustrd>Kunde D-000123</Ustrd></RmtInf>
  </TxDtls></NtryDtls>`);

const DEBIT = entry(`
  <Amt Ccy="EUR">99.90</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
  <BookgDt><Dt>2026-11-20</Dt></BookgDt><AcctSvcrRef>DEBIT-1</AcctSvcrRef>`);

describe('parseCamt053', () => {
  it('reads a booked credit: id, dates, exact amount, remittance, debtor', () => {
    const parsed = parseCamt053(document(CREDIT + DEBIT));
    expect(parsed).toEqual({
      source: 'CAMT053',
      statementRef: 'STMT-2026-11-20',
      accountIban: 'DE89370400440532013000',
      skippedDebits: 1,
      rejected: [],
      credits: [{
        line: 1,
        bankTransactionId: 'TX-REF-1',
        bookingDate: '2026-11-20',
        valueDate: '2026-11-21',
        amountCents: 25_000,
        currency: 'EUR',
        remittanceInformation: 'Rechnung INV-123 Kunde D-000123',
        debtorName: 'Erika Mustermann',
        debtorIban: 'DE02120300000000202051',
      }],
    });
  });

  it.each<[string, string, string]>([
    ['the transaction AcctSvcrRef first', '<AcctSvcrRef>E</AcctSvcrRef><NtryRef>N</NtryRef><NtryDtls><TxDtls><Refs><AcctSvcrRef>T</AcctSvcrRef><TxId>X</TxId></Refs></TxDtls></NtryDtls>', 'T'],
    ['then the entry AcctSvcrRef', '<AcctSvcrRef>E</AcctSvcrRef><NtryRef>N</NtryRef><NtryDtls><TxDtls><Refs><TxId>X</TxId></Refs></TxDtls></NtryDtls>', 'E'],
    ['then TxId, not NtryRef (unique only within its statement)', '<NtryRef>0001</NtryRef><NtryDtls><TxDtls><Refs><TxId>X</TxId></Refs></TxDtls></NtryDtls>', 'X'],
    ['then TxId', '<NtryDtls><TxDtls><Refs><TxId>X-1</TxId></Refs></TxDtls></NtryDtls>', 'X-1'],
  ])('the transaction id takes %s', (_name, refs, id) => {
    const xml = document(entry(`<Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-20</Dt></BookgDt>${refs}`));
    expect(parseCamt053(xml).credits.map((c) => c.bankTransactionId)).toEqual([id]);
  });

  it('reads structured creditor references and version .08 parties (Dbtr/Pty, Sts/Cd), with namespace prefixes', () => {
    const xml = `<?xml version="1.0"?>
      <c:Document xmlns:c="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><c:BkToCstmrStmt><c:Stmt><c:Id>S8</c:Id>
        <c:Ntry><c:NtryRef>R8</c:NtryRef><c:Amt Ccy="DKK">1234.5</c:Amt><c:CdtDbtInd>CRDT</c:CdtDbtInd>
          <c:Sts><c:Cd>BOOK</c:Cd></c:Sts><c:BookgDt><c:DtTm>2026-11-19T23:30:00+01:00</c:DtTm></c:BookgDt>
          <c:NtryDtls><c:TxDtls>
            <c:RltdPties><c:Dbtr><c:Pty><c:Nm>Nordlys ApS</c:Nm></c:Pty></c:Dbtr></c:RltdPties>
            <c:RmtInf><c:Strd><c:CdtrRefInf><c:Ref>SWR-202510-483563</c:Ref></c:CdtrRefInf><c:AddtlRmtInf>tak</c:AddtlRmtInf></c:Strd></c:RmtInf>
          </c:TxDtls></c:NtryDtls>
        </c:Ntry></c:Stmt></c:BkToCstmrStmt></c:Document>`;
    expect(parseCamt053(xml).credits).toEqual([expect.objectContaining({
      bankTransactionId: expect.stringMatching(/^camt-[0-9a-f]{64}$/), amountCents: 123_450, currency: 'DKK', bookingDate: '2026-11-19', valueDate: null,
      remittanceInformation: 'SWR-202510-483563 tak', debtorName: 'Nordlys ApS', debtorIban: null,
    })]);
  });

  it('splits a batch booking into its transactions, each with its own amount and id', () => {
    const xml = document(entry(`
      <Amt Ccy="EUR">300.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-20</Dt></BookgDt><AcctSvcrRef>BATCH</AcctSvcrRef>
      <NtryDtls><Btch><NbOfTxs>2</NbOfTxs></Btch>
        <TxDtls><Refs><TxId>B-1</TxId></Refs><AmtDtls><TxAmt><Amt Ccy="EUR">100.00</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>INV-1</Ustrd></RmtInf></TxDtls>
        <TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">200.00</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>INV-2</Ustrd></RmtInf></TxDtls>
      </NtryDtls>`));
    expect(parseCamt053(xml).credits.map((c) => [c.line, c.bankTransactionId, c.amountCents, c.remittanceInformation])).toEqual([
      [1, 'B-1', 10_000, 'INV-1'],
      [1, 'BATCH/2', 20_000, 'INV-2'],
    ]);
  });

  it('reports a bad entry by its index and message, and reads the others', () => {
    const bad = (body: string) => entry(`<CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-20</Dt></BookgDt><AcctSvcrRef>B</AcctSvcrRef>${body}`);
    const parsed = parseCamt053(document([
      CREDIT,
      bad('<Amt Ccy="EUR">12,50</Amt>'),
      bad(''),
      DEBIT,
      bad('<Amt Ccy="EUR">1.00</Amt><Sts>PDNG</Sts>'),
      entry('<Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-31</Dt></BookgDt><NtryRef>X</NtryRef>'),
      entry('<Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-20</Dt></BookgDt>'),
      entry('<Amt Ccy="EUR">1.00</Amt><BookgDt><Dt>2026-11-20</Dt></BookgDt><NtryRef>Y</NtryRef>'),
      bad('<Amt Ccy="EUR">1.00</Amt><RvslInd>true</RvslInd>'),
      bad('<Amt Ccy="EUR">0.00</Amt>'),
    ].join('')));
    // Entry 7 has no id of its own: it gets a derived one and is read.
    expect(parsed.credits.map((c) => c.line)).toEqual([1, 7]);
    expect(parsed.skippedDebits).toBe(1);
    expect(parsed.rejected).toMatchObject([
      { line: 2, message: 'Entry 2: amount "12,50" is not a decimal number like 250.00.' },
      { line: 3, message: 'Entry 3: amount (Amt) is missing.' },
      { line: 5, message: expect.stringMatching(/^Entry 5: status PDNG is not booked/) },
      { line: 6, message: 'Entry 6: booking date (BookgDt) "2026-11-31" is not a date (YYYY-MM-DD).' },
      { line: 8, message: 'Entry 8: CdtDbtInd (credit or debit) is missing.' },
      { line: 9, message: expect.stringMatching(/^Entry 9: the credit reverses an earlier debit/) },
      { line: 10, message: 'Entry 10: amount must be greater than zero.' },
    ]);
  });

  describe('entries without a bank transaction id', () => {
    const noId = (amount: string, reference: string, extra = '') => entry(`
      <NtryRef>1</NtryRef><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
      <BookgDt><Dt>2026-11-20</Dt></BookgDt>${extra}
      <NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Erika Mustermann</Nm></Dbtr></RltdPties><RmtInf><Ustrd>${reference}</Ustrd></RmtInf></TxDtls></NtryDtls>`);
    const ids = (xml: string) => parseCamt053(xml).credits.map((c) => c.bankTransactionId);

    it('get an id derived from Stmt/Id, position and contents: the same on every read', () => {
      const xml = document(noId('10.00', 'INV-1') + noId('10.00', 'INV-1') + noId('20.00', 'INV-2'));
      const first = ids(xml);
      expect(first).toHaveLength(3);
      for (const id of first) expect(id).toMatch(/^camt-[0-9a-f]{64}$/);
      expect(new Set(first).size).toBe(3); // equal entries at two positions stay two payments
      expect(ids(xml)).toEqual(first);
    });

    it('differ by statement id, position, amount, reference, booking date and counterparty', () => {
      const [base] = ids(document(noId('10.00', 'INV-1')));
      const variants = [
        ids(document(noId('10.00', 'INV-1')).replace('STMT-2026-11-20', 'STMT-2026-11-21'))[0],
        ids(document(CREDIT + noId('10.00', 'INV-1')))[1],
        ids(document(noId('10.01', 'INV-1')))[0],
        ids(document(noId('10.00', 'INV-2')))[0],
        ids(document(noId('10.00', 'INV-1').replace('2026-11-20', '2026-11-19')))[0],
        ids(document(noId('10.00', 'INV-1').replace('Erika', 'Max')))[0],
      ];
      expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
    });

    it('derive one id per transaction of a batch without ids', () => {
      const xml = document(entry(`
        <Amt Ccy="EUR">30.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-20</Dt></BookgDt>
        <NtryDtls><TxDtls><Amt Ccy="EUR">10.00</Amt></TxDtls><TxDtls><Amt Ccy="EUR">20.00</Amt></TxDtls></NtryDtls>`));
      const [a, b] = ids(xml);
      expect(a).toMatch(/^camt-/);
      expect(b).toMatch(/^camt-/);
      expect(a).not.toBe(b);
    });

    it('are refused when the statement has no Stmt/Id either', () => {
      const parsed = parseCamt053(document(noId('10.00', 'INV-1')).replace('<Id>STMT-2026-11-20</Id>', ''));
      expect(parsed.rejected).toMatchObject([{ line: 1, message: expect.stringMatching(/no transaction id .* no Stmt\/Id/) }]);
    });
  });

  it('keeps an invalid debtor IBAN from being stored, as a rejected entry', () => {
    const xml = document(CREDIT.replace('DE02 1203 0000 0000 2020 51', 'DE02 1203 0000 0000 2020 52'));
    expect(parseCamt053(xml).rejected).toMatchObject([{ line: 1, message: expect.stringMatching(/debtor IBAN \(DbtrAcct\) .* is not a valid IBAN/) }]);
  });

  it.each<[string, string, RegExp]>([
    ['CSV', 'booking_date,amount\n2026-11-20,1.00', /not XML/],
    ['broken XML', '<Document><BkToCstmrStmt></Document>', /not well-formed XML: .*line 1/],
    ['another message', '<Document><BkToCstmrNtfctn/></Document>', /not a camt.053 statement/],
    ['no statement', '<Document><BkToCstmrStmt><GrpHdr/></BkToCstmrStmt></Document>', /holds no statement/],
  ])('refuses %s as a whole', (_name, content, message) => {
    expect(() => parseCamt053(content)).toThrow(StatementFormatError);
    expect(() => parseCamt053(content)).toThrow(message);
  });

  it('does not expand entity definitions beyond the parser limits (billion laughs)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
      <Document><BkToCstmrStmt><Stmt><Id>&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;</Id></Stmt></BkToCstmrStmt></Document>`;
    let statementRef: string | null = null;
    try {
      statementRef = parseCamt053(bomb).statementRef;
    } catch {
      /* refusing is fine */
    }
    expect((statementRef ?? '').length).toBeLessThan(200_000);
  });
});

describe('parseCamt053 and XML entities', () => {
  const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<Document><BkToCstmrStmt><Stmt><Id>&lol3;</Id></Stmt></BkToCstmrStmt></Document>`;
  const xxe = `<?xml version="1.0"?>
<!DOCTYPE Document [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<Document><BkToCstmrStmt><Stmt><Id>&xxe;</Id></Stmt></BkToCstmrStmt></Document>`;

  it.each([
    ['billion laughs', laughs],
    ['an external entity (XXE)', xxe],
    ['a DOCTYPE without entities', document(CREDIT).replace('<Document', '<!DOCTYPE Document>\n<Document')],
    ['a lower-case doctype', document(CREDIT).replace('<Document', '<!doctype Document>\n<Document')],
  ])('refuses %s before parsing', (_name, content) => {
    expect(() => parseCamt053(content)).toThrow(/declares a DOCTYPE/);
  });

  it('decodes only the predefined entities and character references', () => {
    const named = CREDIT.replace('Erika  Mustermann', 'M&#252;ller &amp; S&#xF6;hne &lt;GmbH&gt; &nbsp;');
    const parsed = parseCamt053(document(named));
    expect(parsed.credits[0]!.debtorName).toBe('Müller & Söhne <GmbH> &nbsp;');
  });
});
