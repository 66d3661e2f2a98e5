import type { LocalizedText } from '@mahnwerk/domain';

/**
 * What a lead reads about a bank statement file on the Bank screen: why the file or a line of it
 * was not read, why a credit was not booked, and the refusals of the import. XML element names
 * (BookgDt, CdtDbtInd …) and the standard CSV's column names stay as the formats spell them.
 */
export const BANK_IMPORT_TEXTS = {
  // A line's place and its problem.
  entryProblem: { en: 'Entry {index}: {problem}.', de: 'Eintrag {index}: {problem}.', da: 'Post {index}: {problem}.' },
  lineProblem: { en: 'Line {line}: {problem}.', de: 'Zeile {line}: {problem}.', da: 'Linje {line}: {problem}.' },
  columnProblem: { en: '{column}: {problem}', de: '{column}: {problem}', da: '{column}: {problem}' },
  labelledProblem: { en: '{label} {problem}', de: '{label} {problem}', da: '{label} {problem}' },

  // Fields (statement-fields.ts, csv-mapping.ts).
  currencyMissing: { en: 'currency is missing', de: 'Währung fehlt', da: 'valuta mangler' },
  currencyNotIso: {
    en: 'currency "{code}" is not a three-letter ISO code like EUR',
    de: 'Währung „{code}“ ist kein dreibuchstabiger ISO-Code wie EUR',
    da: 'valuta "{code}" er ikke en ISO-kode på tre bogstaver som EUR',
  },
  amountEmpty: { en: 'amount is empty', de: 'Betrag ist leer', da: 'beløb er tomt' },
  amountMissing: { en: 'amount is missing', de: 'Betrag fehlt', da: 'beløb mangler' },
  amountAmbiguous: {
    en: 'amount "{raw}" is ambiguous: write {whole}.00 for the whole amount or use at most {digits} decimals',
    de: 'Betrag „{raw}“ ist mehrdeutig: Schreiben Sie {whole}.00 für den ganzen Betrag oder verwenden Sie höchstens {digits} Nachkommastellen',
    da: 'beløb "{raw}" er tvetydigt: skriv {whole}.00 for hele beløbet, eller brug højst {digits} decimaler',
  },
  amountNotDecimal: {
    en: 'amount "{raw}" is not a decimal number like 250.00 or 250,00',
    de: 'Betrag „{raw}“ ist keine Dezimalzahl wie 250.00 oder 250,00',
    da: 'beløb "{raw}" er ikke et decimaltal som 250.00 eller 250,00',
  },
  amountNotIsoDecimal: {
    en: 'amount "{raw}" is not a decimal number like 250.00',
    de: 'Betrag „{raw}“ ist keine Dezimalzahl wie 250.00',
    da: 'beløb "{raw}" er ikke et decimaltal som 250.00',
  },
  amountDecimalsOne: {
    en: 'amount "{raw}" has more than {digits} decimal',
    de: 'Betrag „{raw}“ hat mehr als {digits} Nachkommastelle',
    da: 'beløb "{raw}" har mere end {digits} decimal',
  },
  amountDecimalsOther: {
    en: 'amount "{raw}" has more than {digits} decimals',
    de: 'Betrag „{raw}“ hat mehr als {digits} Nachkommastellen',
    da: 'beløb "{raw}" har mere end {digits} decimaler',
  },
  amountTooLarge: {
    en: 'amount "{raw}" exceeds the largest single payment ({max} minor units)',
    de: 'Betrag „{raw}“ übersteigt die größte einzelne Zahlung ({max} kleinste Währungseinheiten)',
    da: 'beløb "{raw}" overstiger den største enkeltbetaling ({max} mindste valutaenheder)',
  },
  amountNotPositive: { en: 'amount must be greater than zero', de: 'Betrag muss größer als null sein', da: 'beløb skal være større end nul' },
  fieldMissing: { en: '{field} is missing', de: '{field} fehlt', da: '{field} mangler' },
  fieldNotADate: {
    en: '{field} "{raw}" is not a date (YYYY-MM-DD)',
    de: '{field} „{raw}“ ist kein Datum (JJJJ-MM-TT)',
    da: '{field} "{raw}" er ikke en dato (ÅÅÅÅ-MM-DD)',
  },
  fieldNotAnIban: { en: '{field} "{raw}" is not a valid IBAN', de: '{field} „{raw}“ ist keine gültige IBAN', da: '{field} "{raw}" er ikke et gyldigt IBAN' },
  idMissing: {
    en: "{what} is missing: the bank's transaction id is what makes a repeated import safe",
    de: '{what} fehlt: Erst die Transaktions-ID der Bank macht einen wiederholten Import sicher',
    da: '{what} mangler: bankens transaktions-id er det, der gør en gentaget import sikker',
  },
  idTooLong: { en: '{what} is longer than {max} characters', de: '{what} ist länger als {max} Zeichen', da: '{what} er længere end {max} tegn' },
  idControlCharacters: { en: '{what} contains control characters', de: '{what} enthält Steuerzeichen', da: '{what} indeholder kontroltegn' },
  isEmpty: { en: 'is empty', de: 'ist leer', da: 'er tom' },
  notAnAmountLike: { en: '"{raw}" is not an amount like {example}', de: '„{raw}“ ist kein Betrag wie {example}', da: '"{raw}" er ikke et beløb som {example}' },
  decimalsOne: { en: '"{raw}" has more than {digits} decimal', de: '„{raw}“ hat mehr als {digits} Nachkommastelle', da: '"{raw}" har mere end {digits} decimal' },
  decimalsOther: { en: '"{raw}" has more than {digits} decimals', de: '„{raw}“ hat mehr als {digits} Nachkommastellen', da: '"{raw}" har mere end {digits} decimaler' },
  notADateLike: { en: '"{raw}" is not a date like {example}', de: '„{raw}“ ist kein Datum wie {example}', da: '"{raw}" er ikke en dato som {example}' },
  notDebitCredit: {
    en: '"{raw}" is neither debit (S, Soll, D) nor credit (H, Haben, C)',
    de: '„{raw}“ ist weder Soll (S, Soll, D) noch Haben (H, Haben, C)',
    da: '"{raw}" er hverken debet (S, Soll, D) eller kredit (H, Haben, C)',
  },
  mustNotBeZero: { en: 'must not be zero', de: 'darf nicht null sein', da: 'må ikke være nul' },
  negativeCredit: {
    en: '"{raw}" is negative, but the row is marked as a credit',
    de: '„{raw}“ ist negativ, aber die Zeile ist als Gutschrift markiert',
    da: '"{raw}" er negativt, men rækken er markeret som kredit',
  },
  exceedsLargestPayment: {
    en: 'exceeds the largest single payment ({max} minor units)',
    de: 'übersteigt die größte einzelne Zahlung ({max} kleinste Währungseinheiten)',
    da: 'overstiger den største enkeltbetaling ({max} mindste valutaenheder)',
  },

  // The roles of a mapped column.
  labels: {
    bookingDate: { en: 'booking date', de: 'Buchungsdatum', da: 'bogføringsdato' },
    valueDate: { en: 'value date', de: 'Valutadatum', da: 'valørdato' },
    amount: { en: 'amount', de: 'Betrag', da: 'beløb' },
    debitCredit: { en: 'debit/credit indicator', de: 'Soll/Haben-Kennzeichen', da: 'debet/kredit-markering' },
    currency: { en: 'currency', de: 'Währung', da: 'valuta' },
    counterpartyName: { en: 'counterparty name', de: 'Name des Auftraggebers', da: 'modpartens navn' },
    counterpartyIban: { en: 'counterparty IBAN', de: 'IBAN des Auftraggebers', da: 'modpartens IBAN' },
    reference: { en: 'reference / purpose', de: 'Referenz / Verwendungszweck', da: 'reference / formål' },
    transactionId: { en: 'transaction id', de: 'Transaktions-ID', da: 'transaktions-id' },
  },

  // A column mapping (csv-mapping.ts).
  mappingName: {
    en: 'Give the mapping a name (the bank account it is for).',
    de: 'Geben Sie der Zuordnung einen Namen (das Bankkonto, für das sie gilt).',
    da: 'Giv tilknytningen et navn (den bankkonto, den gælder for).',
  },
  mappingNameTooLong: { en: 'The name is longer than {max} characters.', de: 'Der Name ist länger als {max} Zeichen.', da: 'Navnet er længere end {max} tegn.' },
  mappingHeaderLine: {
    en: 'The header line must be a line number from 1 to {max}.',
    de: 'Die Kopfzeile muss eine Zeilennummer von 1 bis {max} sein.',
    da: 'Overskriftslinjen skal være et linjenummer fra 1 til {max}.',
  },
  mappingChooseColumn: {
    en: 'Choose the column that holds the {label}.',
    de: 'Wählen Sie die Spalte mit dem Feld „{label}“.',
    da: 'Vælg den kolonne, der indeholder {label}.',
  },
  mappingColumnTooLong: {
    en: 'The column name is longer than {max} characters.',
    de: 'Der Spaltenname ist länger als {max} Zeichen.',
    da: 'Kolonnenavnet er længere end {max} tegn.',
  },
  mappingColumnTwice: {
    en: 'The column {columns} is mapped to more than one role.',
    de: 'Die Spalte {columns} ist mehr als einer Rolle zugeordnet.',
    da: 'Kolonnen {columns} er tilknyttet mere end én rolle.',
  },
  mappingCurrency: {
    en: 'Map the currency column or give the currency of the account (e.g. EUR).',
    de: 'Ordnen Sie die Währungsspalte zu oder geben Sie die Währung des Kontos an (z. B. EUR).',
    da: 'Tilknyt valutakolonnen, eller angiv kontoens valuta (f.eks. EUR).',
  },
  mappingDefaultCurrency: { en: 'The default {problem}.', de: 'Standardwert: {problem}.', da: 'Standardværdi: {problem}.' },

  mappingNameTaken: {
    en: 'A mapping named "{name}" exists already; choose it or give another name.',
    de: 'Eine Zuordnung mit dem Namen „{name}“ existiert bereits; wählen Sie sie oder geben Sie einen anderen Namen an.',
    da: 'En tilknytning med navnet "{name}" findes allerede; vælg den, eller angiv et andet navn.',
  },
  mappingAccountTaken: {
    en: 'A mapping for the account {iban} exists already.',
    de: 'Eine Zuordnung für das Konto {iban} existiert bereits.',
    da: 'En tilknytning til kontoen {iban} findes allerede.',
  },
  mappingSavedMeanwhile: {
    en: 'Another mapping with this name or account IBAN was saved at the same moment; choose another name.',
    de: 'Im selben Moment wurde eine andere Zuordnung mit diesem Namen oder dieser Konto-IBAN gespeichert; wählen Sie einen anderen Namen.',
    da: 'En anden tilknytning med dette navn eller denne konto-IBAN blev gemt i samme øjeblik; vælg et andet navn.',
  },
  mappingEither: {
    en: 'Give either mappingId (a saved mapping) or mapping, not both.',
    de: 'Geben Sie entweder mappingId (eine gespeicherte Zuordnung) oder mapping an, nicht beides.',
    da: 'Angiv enten mappingId (en gemt tilknytning) eller mapping, ikke begge.',
  },
  mappingAccountNotIban: {
    en: 'The account IBAN "{iban}" is not a valid IBAN.',
    de: 'Die Konto-IBAN „{iban}“ ist keine gültige IBAN.',
    da: 'Konto-IBAN\'en "{iban}" er ikke et gyldigt IBAN.',
  },

  // Matching and ignoring by hand (bank-reconciliation.service.ts).
  alreadyMatched: {
    en: 'Bank transaction {id} is already matched to case {caseId}; its payment is booked and cannot be booked twice.',
    de: 'Der Bankumsatz {id} ist bereits dem Fall {caseId} zugeordnet; seine Zahlung ist gebucht und kann nicht zweimal gebucht werden.',
    da: 'Banktransaktionen {id} er allerede knyttet til sag {caseId}; dens betaling er bogført og kan ikke bogføres to gange.',
  },
  notInReview: {
    en: 'Bank transaction {id} is {status}, not in review; only a transaction in review is confirmed.',
    de: 'Der Bankumsatz {id} ist {status}, nicht in Prüfung; nur ein Umsatz in Prüfung wird bestätigt.',
    da: 'Banktransaktionen {id} er {status}, ikke til gennemsyn; kun en transaktion til gennemsyn kan bekræftes.',
  },
  sayWhyIgnored: {
    en: 'Say why the transaction is ignored (e.g. "refund from supplier").',
    de: 'Geben Sie an, warum der Umsatz ignoriert wird (z. B. „Erstattung vom Lieferanten“).',
    da: 'Angiv, hvorfor transaktionen ignoreres (f.eks. "refusion fra leverandør").',
  },
  reasonTooLong: {
    en: 'The reason is {length} characters long; keep it to {max}.',
    de: 'Die Begründung ist {length} Zeichen lang; höchstens {max} sind möglich.',
    da: 'Begrundelsen er {length} tegn lang; hold den på højst {max}.',
  },
  matchedCannotIgnore: {
    en: 'Bank transaction {id} is matched to case {caseId}; a booked payment cannot be ignored.',
    de: 'Der Bankumsatz {id} ist dem Fall {caseId} zugeordnet; eine gebuchte Zahlung kann nicht ignoriert werden.',
    da: 'Banktransaktionen {id} er knyttet til sag {caseId}; en bogført betaling kan ikke ignoreres.',
  },
  alreadyIgnored: {
    en: 'Bank transaction {id} is already ignored ("{reason}").',
    de: 'Der Bankumsatz {id} wird bereits ignoriert („{reason}“).',
    da: 'Banktransaktionen {id} ignoreres allerede ("{reason}").',
  },

  // The upload routes (bank-statements.controller.ts).
  roleMayNotImport: {
    en: 'Your role {role} may not import bank statements; it needs LEAD or ADMIN.',
    de: 'Ihre Rolle {role} darf keine Kontoauszüge importieren; dafür ist LEAD oder ADMIN erforderlich.',
    da: 'Din rolle {role} må ikke importere kontoudtog; det kræver LEAD eller ADMIN.',
  },
  sayFormat: {
    en: 'Say the statement\'s format in the field "format": camt053 or csv.',
    de: 'Geben Sie das Format des Auszugs im Feld „format“ an: camt053 oder csv.',
    da: 'Angiv kontoudtogets format i feltet "format": camt053 eller csv.',
  },
  mappingIdNotUuid: {
    en: 'mappingId must be the id of a saved mapping (a UUID).',
    de: 'mappingId muss die ID einer gespeicherten Zuordnung sein (eine UUID).',
    da: 'mappingId skal være id\'et på en gemt tilknytning (et UUID).',
  },
  sendMultipart: {
    en: 'Send the statement as multipart/form-data: the fields "format" (and "mappingId", "mapping", "accountIban"), the file in "file".',
    de: 'Senden Sie den Auszug als multipart/form-data: die Felder „format“ (und „mappingId“, „mapping“, „accountIban“), die Datei in „file“.',
    da: 'Send kontoudtoget som multipart/form-data: felterne "format" (og "mappingId", "mapping", "accountIban"), filen i "file".',
  },
  sendInFileField: {
    en: 'Send the statement in the field "file".',
    de: 'Senden Sie den Auszug im Feld „file“.',
    da: 'Send kontoudtoget i feltet "file".',
  },
  uploadTooLarge: {
    en: 'The file is larger than {max} MB; split the statement.',
    de: 'Die Datei ist größer als {max} MB; teilen Sie den Auszug auf.',
    da: 'Filen er større end {max} MB; del kontoudtoget op.',
  },
  uploadUnreadable: {
    en: 'The upload could not be read: {reason}',
    de: 'Der Upload konnte nicht gelesen werden: {reason}',
    da: 'Uploadet kunne ikke læses: {reason}',
  },
  mappingNotJson: {
    en: 'mapping must be a column mapping in JSON (the fields of BankCsvMappingInput).',
    de: 'mapping muss eine Spaltenzuordnung in JSON sein (die Felder von BankCsvMappingInput).',
    da: 'mapping skal være en kolonnetilknytning i JSON (felterne i BankCsvMappingInput).',
  },

  // camt.053 (camt053-parser.ts).
  notXml: {
    en: 'The file is not XML; a camt.053 statement starts with "<?xml" or "<Document".',
    de: 'Die Datei ist kein XML; ein camt.053-Auszug beginnt mit „<?xml“ oder „<Document“.',
    da: 'Filen er ikke XML; et camt.053-kontoudtog begynder med "<?xml" eller "<Document".',
  },
  doctype: {
    en: 'The file declares a DOCTYPE; a camt.053 statement has none, and files with one are refused.',
    de: 'Die Datei deklariert einen DOCTYPE; ein camt.053-Auszug hat keinen, und Dateien mit einem werden abgelehnt.',
    da: 'Filen erklærer en DOCTYPE; et camt.053-kontoudtog har ingen, og filer med en afvises.',
  },
  notWellFormed: {
    en: 'The file is not well-formed XML: {reason} (line {line}).',
    de: 'Die Datei ist kein wohlgeformtes XML: {reason} (Zeile {line}).',
    da: 'Filen er ikke velformet XML: {reason} (linje {line}).',
  },
  notCamt053: {
    en: 'The file is XML but not a camt.053 statement: Document/BkToCstmrStmt is missing (camt.052 and camt.054 are not supported).',
    de: 'Die Datei ist XML, aber kein camt.053-Auszug: Document/BkToCstmrStmt fehlt (camt.052 und camt.054 werden nicht unterstützt).',
    da: 'Filen er XML, men ikke et camt.053-kontoudtog: Document/BkToCstmrStmt mangler (camt.052 og camt.054 understøttes ikke).',
  },
  noStatement: {
    en: 'The camt.053 file holds no statement (BkToCstmrStmt/Stmt).',
    de: 'Die camt.053-Datei enthält keinen Auszug (BkToCstmrStmt/Stmt).',
    da: 'camt.053-filen indeholder intet kontoudtog (BkToCstmrStmt/Stmt).',
  },
  directionUnknown: {
    en: 'CdtDbtInd "{direction}" is neither CRDT nor DBIT',
    de: 'CdtDbtInd „{direction}“ ist weder CRDT noch DBIT',
    da: 'CdtDbtInd "{direction}" er hverken CRDT eller DBIT',
  },
  directionMissing: {
    en: 'CdtDbtInd (credit or debit) is missing',
    de: 'CdtDbtInd (Gutschrift oder Belastung) fehlt',
    da: 'CdtDbtInd (kredit eller debet) mangler',
  },
  reversal: {
    en: 'the credit reverses an earlier debit (RvslInd); it is not a payment by a debtor',
    de: 'die Gutschrift storniert eine frühere Belastung (RvslInd); sie ist keine Zahlung eines Schuldners',
    da: 'krediteringen tilbagefører en tidligere debitering (RvslInd); den er ikke en betaling fra en skyldner',
  },
  notBooked: {
    en: 'status {status} is not booked (BOOK); import the entry once the bank has booked it',
    de: 'Status {status} ist nicht gebucht (BOOK); importieren Sie den Eintrag, sobald die Bank ihn gebucht hat',
    da: 'status {status} er ikke bogført (BOOK); importér posten, når banken har bogført den',
  },
  entryAmountMissing: { en: 'amount (Amt) is missing', de: 'Betrag (Amt) fehlt', da: 'beløb (Amt) mangler' },
  bookingDateCamt: { en: 'booking date (BookgDt)', de: 'Buchungsdatum (BookgDt)', da: 'bogføringsdato (BookgDt)' },
  valueDateCamt: { en: 'value date (ValDt)', de: 'Valutadatum (ValDt)', da: 'valørdato (ValDt)' },
  accountIban: { en: 'account IBAN', de: 'Konto-IBAN', da: 'konto-IBAN' },
  debtorIbanCamt: { en: 'debtor IBAN (DbtrAcct)', de: 'Schuldner-IBAN (DbtrAcct)', da: 'skyldners IBAN (DbtrAcct)' },
  transactionIdCamt: { en: 'transaction id (AcctSvcrRef or TxId)', de: 'Transaktions-ID (AcctSvcrRef oder TxId)', da: 'transaktions-id (AcctSvcrRef eller TxId)' },
  noIdToDerive: {
    en: 'has no transaction id (AcctSvcrRef or TxId) and the statement no Stmt/Id to derive one from',
    de: 'hat keine Transaktions-ID (AcctSvcrRef oder TxId), und der Auszug hat keine Stmt/Id, aus der sich eine ableiten ließe',
    da: 'har intet transaktions-id (AcctSvcrRef eller TxId), og kontoudtoget har intet Stmt/Id at udlede et fra',
  },
  batchTransaction: { en: 'transaction {n} of the batch', de: 'Transaktion {n} der Sammelbuchung', da: 'transaktion {n} i samlebogføringen' },
  batchNoAmount: {
    en: '{where} has no amount (TxDtls/Amt or AmtDtls/TxAmt/Amt)',
    de: '{where} hat keinen Betrag (TxDtls/Amt oder AmtDtls/TxAmt/Amt)',
    da: '{where} har intet beløb (TxDtls/Amt eller AmtDtls/TxAmt/Amt)',
  },
  batchNotPositive: {
    en: '{where}: amount must be greater than zero',
    de: '{where}: Betrag muss größer als null sein',
    da: '{where}: beløb skal være større end nul',
  },
  batchNotCredit: {
    en: '{where} is not a credit (CdtDbtInd {direction})',
    de: '{where} ist keine Gutschrift (CdtDbtInd {direction})',
    da: '{where} er ikke en kreditering (CdtDbtInd {direction})',
  },
  batchTransactionId: {
    en: '{where}: transaction id (AcctSvcrRef or TxId)',
    de: '{where}: Transaktions-ID (AcctSvcrRef oder TxId)',
    da: '{where}: transaktions-id (AcctSvcrRef eller TxId)',
  },

  // The standard CSV (csv-statement-parser.ts) and a mapped one (csv-mapped-parser.ts).
  csvEmpty: { en: 'The CSV file is empty.', de: 'Die CSV-Datei ist leer.', da: 'CSV-filen er tom.' },
  looksLikeXml: {
    en: 'The file looks like XML, not CSV; choose the camt.053 format for it.',
    de: 'Die Datei sieht nach XML aus, nicht nach CSV; wählen Sie dafür das Format camt.053.',
    da: 'Filen ligner XML, ikke CSV; vælg formatet camt.053 til den.',
  },
  fieldCountOne: {
    en: 'has {count} field, the header has {headerCount}',
    de: 'hat {count} Feld, die Kopfzeile hat {headerCount}',
    da: 'har {count} felt, overskriftslinjen har {headerCount}',
  },
  fieldCountOther: {
    en: 'has {count} fields, the header has {headerCount}',
    de: 'hat {count} Felder, die Kopfzeile hat {headerCount}',
    da: 'har {count} felter, overskriftslinjen har {headerCount}',
  },
  otherAccount: {
    en: "Line {line}: account_iban {account} differs from {first} above; import one account's statement per file.",
    de: 'Zeile {line}: account_iban {account} weicht von {first} weiter oben ab; importieren Sie pro Datei den Auszug eines Kontos.',
    da: 'Linje {line}: account_iban {account} afviger fra {first} ovenfor; importér én kontos kontoudtog pr. fil.',
  },
  headerUnreadable: {
    en: 'Line {line}: the CSV header cannot be read: {reason}.',
    de: 'Zeile {line}: Die CSV-Kopfzeile kann nicht gelesen werden: {reason}.',
    da: 'Linje {line}: CSV-overskriftslinjen kan ikke læses: {reason}.',
  },
  headerLacks: {
    en: "The CSV header lacks {missing}; it must name the columns {columns}, or choose a column mapping for the bank's own export "
      + '(Bank screen: map the columns once per account).',
    de: 'In der CSV-Kopfzeile fehlt {missing}; sie muss die Spalten {columns} nennen, oder wählen Sie eine Spaltenzuordnung für den '
      + 'eigenen Export der Bank (Seite „Bank“: die Spalten einmal je Konto zuordnen).',
    da: 'CSV-overskriftslinjen mangler {missing}; den skal nævne kolonnerne {columns}, eller vælg en kolonnetilknytning til bankens '
      + 'eget eksportformat (siden Bank: tilknyt kolonnerne én gang pr. konto).',
  },
  headerTwice: { en: 'The CSV header names {columns} twice.', de: 'Die CSV-Kopfzeile nennt {columns} zweimal.', da: 'CSV-overskriftslinjen nævner {columns} to gange.' },
  quoteNotClosedLine: {
    en: 'a quoted field is not closed (fields cannot span lines)',
    de: 'ein Feld in Anführungszeichen wird nicht geschlossen (Felder können nicht über mehrere Zeilen gehen)',
    da: 'et felt i anførselstegn lukkes ikke (felter kan ikke gå over flere linjer)',
  },
  quoteGoesOn: {
    en: 'a quoted field goes on after its closing quote; write a quote inside a field as ""',
    de: 'ein Feld in Anführungszeichen geht nach dem schließenden Anführungszeichen weiter; schreiben Sie ein Anführungszeichen in einem Feld als ""',
    da: 'et felt i anførselstegn fortsætter efter det afsluttende anførselstegn; skriv et anførselstegn i et felt som ""',
  },
  notCsvLine: { en: 'cannot be read as CSV: {reason}', de: 'kann nicht als CSV gelesen werden: {reason}', da: 'kan ikke læses som CSV: {reason}' },
  notMappedHeader: {
    en: 'Line {line} is not the header the mapping "{mapping}" expects: it lacks {missing}, and no other line among the first {max} '
      + 'names every mapped column. Check the delimiter and the column names.',
    de: 'Zeile {line} ist nicht die Kopfzeile, die die Zuordnung „{mapping}“ erwartet: Es fehlt {missing}, und keine andere der ersten {max} '
      + 'Zeilen nennt jede zugeordnete Spalte. Prüfen Sie das Trennzeichen und die Spaltennamen.',
    da: 'Linje {line} er ikke den overskriftslinje, tilknytningen "{mapping}" forventer: den mangler {missing}, og ingen anden af de første {max} '
      + 'linjer nævner alle tilknyttede kolonner. Kontrollér skilletegnet og kolonnenavnene.',
  },
  endsBeforeHeader: {
    en: 'The file ends before line {line}, where the mapping "{mapping}" expects the header.',
    de: 'Die Datei endet vor Zeile {line}, in der die Zuordnung „{mapping}“ die Kopfzeile erwartet.',
    da: 'Filen slutter før linje {line}, hvor tilknytningen "{mapping}" forventer overskriftslinjen.',
  },
  quoteNeverClosed: {
    en: 'A quoted field opened{where} is never closed; the file cannot be read past it.',
    de: 'Ein Feld in Anführungszeichen, das{where} geöffnet wurde, wird nie geschlossen; die Datei kann darüber hinaus nicht gelesen werden.',
    da: 'Et felt i anførselstegn, der blev åbnet{where}, lukkes aldrig; filen kan ikke læses ud over det.',
  },
  beforeLine: { en: ' before line {line}', de: ' vor Zeile {line}', da: ' før linje {line}' },
  notCsvFile: { en: 'The file cannot be read as CSV: {reason}', de: 'Die Datei kann nicht als CSV gelesen werden: {reason}', da: 'Filen kan ikke læses som CSV: {reason}' },

  // The preview and the import (bank-import.service.ts).
  headerNotRecognised: {
    en: 'The header is not the standard one and its columns were not all recognised: {problems}',
    de: 'Die Kopfzeile ist nicht die Standardkopfzeile, und ihre Spalten wurden nicht alle erkannt: {problems}',
    da: 'Overskriftslinjen er ikke standardlinjen, og dens kolonner blev ikke alle genkendt: {problems}',
  },
  limitRange: { en: 'limit must be 1 to {max}.', de: 'limit muss zwischen 1 und {max} liegen.', da: 'limit skal være 1 til {max}.' },
  sameMoment: {
    en: 'Another change touched the same cases at the same moment; import the file again (lines already imported count as duplicates).',
    de: 'Eine andere Änderung hat im selben Moment dieselben Fälle berührt; importieren Sie die Datei erneut (bereits importierte Zeilen zählen als Dubletten).',
    da: 'En anden ændring berørte de samme sager i samme øjeblik; importér filen igen (linjer, der allerede er importeret, tæller som dubletter).',
  },
  mappingCsvOnly: {
    en: 'A column mapping applies to CSV files only.',
    de: 'Eine Spaltenzuordnung gilt nur für CSV-Dateien.',
    da: 'En kolonnetilknytning gælder kun for CSV-filer.',
  },
  matchesButRefused: {
    en: 'Matches {reference}, but the payment was refused: {reason}',
    de: 'Passt zu {reference}, aber die Zahlung wurde abgelehnt: {reason}',
    da: 'Passer til {reference}, men betalingen blev afvist: {reason}',
  },
  unknownFormat: {
    en: 'Unknown statement format "{format}"; use CAMT053 or CSV.',
    de: 'Unbekanntes Auszugsformat „{format}“; verwenden Sie CAMT053 oder CSV.',
    da: 'Ukendt kontoudtogsformat "{format}"; brug CAMT053 eller CSV.',
  },
  fileTooLarge: {
    en: 'The file has {size} MB; the limit is {max} MB. Split the statement into smaller files.',
    de: 'Die Datei hat {size} MB; die Grenze liegt bei {max} MB. Teilen Sie den Auszug in kleinere Dateien auf.',
    da: 'Filen er på {size} MB; grænsen er {max} MB. Del kontoudtoget op i mindre filer.',
  },
  fileEmpty: { en: 'The file is empty.', de: 'Die Datei ist leer.', da: 'Filen er tom.' },
  accountNotIban: { en: 'accountIban must be an IBAN.', de: 'accountIban muss eine IBAN sein.', da: 'accountIban skal være et IBAN.' },
  fileNameTooLong: {
    en: 'The file name is longer than {max} characters.',
    de: 'Der Dateiname ist länger als {max} Zeichen.',
    da: 'Filnavnet er længere end {max} tegn.',
  },

  // Matching by reference (reference-match.ts).
  noReference: {
    en: 'No claim or debtor reference of an open case appears in the remittance information.',
    de: 'Im Verwendungszweck steht keine Forderungs- oder Schuldnerreferenz eines offenen Falls.',
    da: 'Betalingsteksten nævner ingen krav- eller skyldnerreference for en åben sag.',
  },
  severalCases: {
    en: '{count} open cases match the references {references}; choose the case by hand.',
    de: '{count} offene Fälle passen zu den Referenzen {references}; wählen Sie den Fall von Hand.',
    da: '{count} åbne sager passer til referencerne {references}; vælg sagen manuelt.',
  },
  otherCurrency: {
    en: 'The matching case ({references}) is kept in {caseCurrency}, the transfer is in {currency}.',
    de: 'Der passende Fall ({references}) wird in {caseCurrency} geführt, die Überweisung ist in {currency}.',
    da: 'Den passende sag ({references}) føres i {caseCurrency}, overførslen er i {currency}.',
  },
} satisfies Record<string, LocalizedText | Record<string, LocalizedText>>;
