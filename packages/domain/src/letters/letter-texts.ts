import type { IsoDate } from '../dates.js';
import { formatBasisPoints, formatPoints } from '../interest/rate-percent.js';
import type { Country, DebtorKind, DunningStage } from '../stages.js';
import { costLabelIn } from './cost-labels.js';

export type LetterLanguage = 'de' | 'en' | 'da';

/** Languages a letter may be written in, by the creditor's country. */
export const LETTER_LANGUAGES: Readonly<Record<Country, readonly LetterLanguage[]>> = {
  DE: ['de', 'en'],
  DK: ['da', 'en'],
};

/** What the creditor states about VAT on the costs (RDG 13a; DK: moms). */
export type VatStatement = 'CREDITOR_DEDUCTS_VAT' | 'CREDITOR_CANNOT_DEDUCT_VAT';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Words and sentences of a letter in one language for one creditor country. */
export interface LetterTexts {
  locale: string;
  date(d: IsoDate): string;
  percent(basisPoints: number): string;
  title(stage: DunningStage, collectionWarning: boolean): string;
  salutation(name: string, kind: DebtorKind): string;
  intro(stage: DunningStage, creditor: string, viaAgent: boolean): string;
  payBy(total: string, deadline: string): string;
  /** Where and how to pay: account holder, IBAN, BIC and the reference the bank import matches on. */
  payTo(holder: string, iban: string, bic: string | null, reference: string): string;
  /** The caption of the GiroCode printed beside the payment details. */
  qrCaption: string;
  alreadyPaid: string;
  help: string;
  closing: string;
  claimsTable: { caption: string; headers: string[] };
  interestTable: { caption: string; headers: string[] };
  costsTable: { caption: string; headers: string[] };
  paymentsTable: { caption: string; headers: string[] };
  paymentAllocation(costs: string | null, interest: string | null, principal: string | null): string;
  totals: { principal: string; interest: string; costs: string; paid: string; total: string };
  deadline(date: string): string;
  noContractDate: string;
  /** A claim known only by its invoice: 'Rechnung R-1'. */
  invoice(reference: string): string;
  /** A stored fee label in this language (costLabelIn). */
  costLabel(label: string): string;
  /** Basis of a fee known only by its label: when it was charged. */
  chargedOn(date: string): string;
  rate(basisPoints: number, baseBasisPoints: number, marginBasisPoints: number, statute: string): string;
  notice: {
    creditor(name: string, address: string): string;
    basis(reference: string, subject: string, contractDate: string | null): string;
    interestStatutory(kind: DebtorKind): string;
    interestAbove(description: string, justification: string): string;
    costs: string;
    vat(statement: VatStatement): string;
    /** Whether the address was researched (RDG 13a(1) no. 7) and, if so, how to report an error in it to `contact`. */
    address(researched: boolean, contact: string): string;
    authority(name: string): string;
    paymentPlan(cost: string | null, basis: string | null): string;
    acknowledgement: string;
    dispute: string;
    collectionWarning(deadline: string): string;
  };
  /** A statute citation in this language ('BGB 288(5)' -> '§ 288 Abs. 5 BGB'). */
  statute(citation: string): string;
  /** Type and basis of a statutory fee known by its statute, or null. */
  statutoryFee(statute: string): { type: string; basis: string } | null;
}

const dotted = (d: IsoDate): string => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
const commaPercent = (bp: number): string => `${formatBasisPoints(bp).replace('.', ',')} %`;
const commaPoints = (bp: number): string => formatPoints(bp).replace('.', ',');

/** 'BGB 288(5)' -> '§ 288 Abs. 5 BGB'; 'BGB 288(1), 247' -> '§§ 288 Abs. 1, 247 BGB'. */
function germanCitation(citation: string): string {
  const m = /^(BGB|ZPO|RDG|RVG) (.+)$/.exec(citation);
  if (!m) return citation;
  const parts = m[2]!.split(', ').map((p) => p.replace(/^(\d+[a-z]?)\((\d+)\)$/, '$1 Abs. $2'));
  return `${parts.length > 1 ? '§§' : '§'} ${parts.join(', ')} ${m[1]}`;
}

/** 'renteloven 9a(3)' -> 'renteloven § 9 a, stk. 3'. */
function danishCitation(citation: string): string {
  return citation.replace(/^(renteloven|inkassoloven|forældelsesloven) (\d+)([a-z]?)(?:\((\d+)\))?$/, (_all, law, n, letter, stk) =>
    `${law} § ${n}${letter ? ` ${letter}` : ''}${stk ? `, stk. ${stk}` : ''}`,
  );
}

const GERMAN: LetterTexts = {
  locale: 'de-DE',
  date: dotted,
  percent: commaPercent,
  title: (stage) =>
    ({
      REMINDER: 'Zahlungserinnerung',
      DUNNING_1: 'Mahnung',
      DUNNING_2: 'Letzte Mahnung',
      PHONE: 'Zahlungsaufforderung',
      AGENCY: 'Zahlungsaufforderung',
      COURT: 'Zahlungsaufforderung vor dem gerichtlichen Mahnverfahren',
      ENFORCEMENT: 'Zahlungsaufforderung',
    })[stage],
  salutation: (name, kind) => (kind === 'business' ? 'Sehr geehrte Damen und Herren,' : `Guten Tag ${name},`),
  intro: (stage, creditor, viaAgent) =>
    viaAgent
      ? `${creditor} hat uns beauftragt, die unten aufgeführten offenen Beträge einzuziehen. Bisher ist dafür keine Zahlung eingegangen.`
      : stage === 'REMINDER'
        ? `sicher ist es Ihnen nur entgangen: Für die unten aufgeführten Rechnungen von ${creditor} haben wir noch keine Zahlung erhalten.`
        : `leider können wir für die unten aufgeführten Rechnungen von ${creditor} bis heute keinen Zahlungseingang feststellen.`,
  payBy: (total, deadline) => `Bitte überweisen Sie den Gesamtbetrag von ${total} bis zum ${deadline}.`,
  payTo: (holder, iban, bic, reference) =>
    `Zahlungsempfänger: ${holder}, IBAN ${iban}${bic ? `, BIC ${bic}` : ''}. Bitte geben Sie als Verwendungszweck ${reference} an, damit wir Ihre Zahlung zuordnen können.`,
  qrCaption: 'Mit Ihrer Banking-App scannen (GiroCode)',
  alreadyPaid: 'Falls Sie inzwischen gezahlt haben, danken wir Ihnen und bitten Sie, dieses Schreiben als gegenstandslos zu betrachten.',
  help: 'Wenn Sie den Betrag nicht auf einmal zahlen können oder Fragen haben, melden Sie sich bitte bei uns. Wir finden gemeinsam eine Lösung.',
  closing: 'Mit freundlichen Grüßen',
  claimsTable: { caption: 'Forderungen', headers: ['Akte', 'Rechnung', 'Gegenstand', 'Vertrag vom', 'Fällig am', 'Hauptforderung'] },
  interestTable: { caption: 'Zinsberechnung', headers: ['Rechnung', 'Verzinster Betrag', 'Zinssatz', 'Von', 'Bis', 'Tage', 'Zinsen'] },
  costsTable: { caption: 'Kosten', headers: ['Art', 'Entstehungsgrund', 'Betrag'] },
  paymentsTable: { caption: 'Zahlungen', headers: ['Eingang', 'Betrag', 'Verrechnung (§ 367 BGB)'] },
  paymentAllocation: (costs, interest, principal) =>
    [costs && `${costs} auf Kosten`, interest && `${interest} auf Zinsen`, principal && `${principal} auf die Hauptforderung`].filter(Boolean).join(', '),
  totals: { principal: 'Hauptforderungen', interest: 'Zinsen', costs: 'Kosten', paid: 'abzüglich Zahlungen', total: 'Zu zahlender Betrag' },
  deadline: (date) => `Zahlungsfrist: ${date}`,
  noContractDate: '–',
  invoice: (reference) => `Rechnung ${reference}`,
  costLabel: (label) => costLabelIn('de', label),
  chargedOn: (date) => `berechnet am ${date}`,
  rate: (bp, base, margin, statute) =>
    `${commaPercent(bp)} p. a. (Basiszinssatz ${commaPercent(base)} + ${commaPoints(margin)} Prozentpunkte, ${germanCitation(statute)})`,
  notice: {
    creditor: (name, address) => `Gläubiger (Auftraggeber): ${name}, ${address}.`,
    basis: (reference, subject, contractDate) =>
      `Forderungsgrund der Rechnung ${reference}: ${subject}${contractDate ? `, Vertrag vom ${contractDate}` : ''}.`,
    interestStatutory: (kind) =>
      `Wir berechnen ausschließlich die gesetzlichen Verzugszinsen: Basiszinssatz zuzüglich ${kind === 'business' ? '9 Prozentpunkte (§ 288 Abs. 2, § 247 BGB)' : '5 Prozentpunkte (§ 288 Abs. 1, § 247 BGB)'}. ` +
      'Verzinster Betrag, Zinssatz und Zeitraum stehen in der Tabelle »Zinsberechnung«.',
    interestAbove: (description, justification) =>
      `Der berechnete Zinssatz liegt über dem gesetzlichen Verzugszins: ${description}. Begründung: ${justification}.`,
    costs: 'Art, Höhe und Entstehungsgrund jeder Kostenposition stehen in der Tabelle »Kosten«.',
    vat: (statement) =>
      statement === 'CREDITOR_DEDUCTS_VAT'
        ? 'Unser Auftraggeber ist zum Vorsteuerabzug berechtigt; auf die Kosten wird deshalb keine Umsatzsteuer berechnet.'
        : 'Unser Auftraggeber ist nicht zum Vorsteuerabzug berechtigt; die Umsatzsteuer auf die Kosten wird deshalb mit geltend gemacht.',
    address: (researched, contact) =>
      researched
        ? `Ihre Anschrift wurde durch eine Anschriftenermittlung festgestellt. Ist sie falsch, teilen Sie uns das bitte mit: ${contact}.`
        : 'Ihre Anschrift wurde uns von unserem Auftraggeber mitgeteilt; eine Anschriftenermittlung fand nicht statt.',
    authority: (name) => `Zuständige Aufsichtsbehörde: ${name}.`,
    paymentPlan: (cost, basis) =>
      cost
        ? `Wenn Sie in Raten zahlen möchten, sprechen Sie uns gern an. Für eine Ratenzahlungsvereinbarung können Kosten von ${cost} entstehen (${basis}).`
        : 'Wenn Sie in Raten zahlen möchten, sprechen Sie uns gern an; etwaige Kosten einer Ratenzahlungsvereinbarung nennen wir Ihnen vorher.',
    acknowledgement:
      'Bitte beachten Sie: Wenn Sie die Forderung anerkennen, etwa durch eine Teilzahlung oder eine Ratenzahlungsvereinbarung, beginnt die Verjährung neu (§ 212 BGB). ' +
      'Ein Schuldanerkenntnis kann außerdem dazu führen, dass Sie Einwendungen gegen die Forderung später nicht mehr geltend machen können.',
    dispute: 'Wenn Sie die Forderung für unberechtigt halten, teilen Sie uns bitte Ihre Gründe mit; wir prüfen sie sorgfältig.',
    collectionWarning: (deadline) => `Bitte zahlen Sie bis zum ${deadline}.`,
  },
  statute: germanCitation,
  statutoryFee: (statute) =>
    statute === 'BGB 288(5)'
      ? { type: 'Verzugspauschale 40 EUR', basis: 'Verzug eines Unternehmers, § 288 Abs. 5 BGB; wird auf spätere Rechtsverfolgungskosten angerechnet' }
      : null,
};

const DANISH: LetterTexts = {
  locale: 'da-DK',
  date: dotted,
  percent: commaPercent,
  title: (stage, warning) =>
    warning
      ? 'Rykker og inkassovarsel'
      : ({
          REMINDER: 'Betalingspåmindelse',
          DUNNING_1: 'Rykker',
          DUNNING_2: 'Sidste rykker',
          PHONE: 'Rykker',
          AGENCY: 'Påkrav',
          COURT: 'Påkrav',
          ENFORCEMENT: 'Påkrav',
        })[stage],
  salutation: (name) => `Kære ${name}`,
  intro: (stage, creditor, viaAgent) =>
    viaAgent
      ? `${creditor} har bedt os om at opkræve nedenstående beløb, som endnu ikke er betalt.`
      : stage === 'REMINDER'
        ? `Vi har endnu ikke modtaget betaling for nedenstående fakturaer fra ${creditor}. Måske har du blot overset dem.`
        : `Vi kan desværre ikke se, at nedenstående fakturaer fra ${creditor} er betalt.`,
  payBy: (total, deadline) => `Vi beder dig betale i alt ${total} senest den ${deadline}.`,
  payTo: (holder, iban, bic, reference) =>
    `Betal venligst til ${holder}, IBAN ${iban}${bic ? `, BIC ${bic}` : ''}, og angiv ${reference} som reference, så vi kan finde din betaling.`,
  qrCaption: 'Scan med din bankapp (EPC QR-kode)',
  alreadyPaid: 'Hvis du allerede har betalt, takker vi dig og beder dig se bort fra dette brev.',
  help: 'Hvis du ikke kan betale hele beløbet på én gang, eller hvis du har spørgsmål, er du velkommen til at kontakte os. Vi finder en løsning sammen.',
  closing: 'Med venlig hilsen',
  claimsTable: { caption: 'Krav', headers: ['Sag', 'Faktura', 'Vedrører', 'Aftaledato', 'Forfaldsdato', 'Hovedstol'] },
  interestTable: { caption: 'Renteberegning', headers: ['Faktura', 'Forrentet beløb', 'Rentesats', 'Fra', 'Til', 'Dage', 'Renter'] },
  costsTable: { caption: 'Gebyrer og omkostninger', headers: ['Type', 'Grundlag', 'Beløb'] },
  paymentsTable: { caption: 'Indbetalinger', headers: ['Dato', 'Beløb', 'Afregnet på'] },
  paymentAllocation: (costs, interest, principal) =>
    [costs && `${costs} på omkostninger`, interest && `${interest} på renter`, principal && `${principal} på hovedstol`].filter(Boolean).join(', '),
  totals: { principal: 'Hovedstol', interest: 'Renter', costs: 'Gebyrer og omkostninger', paid: 'Indbetalt', total: 'I alt at betale' },
  deadline: (date) => `Betalingsfrist: ${date}`,
  noContractDate: '–',
  invoice: (reference) => `Faktura ${reference}`,
  costLabel: (label) => costLabelIn('da', label),
  chargedOn: (date) => `opkrævet den ${date}`,
  rate: (bp, base, margin, statute) =>
    `${commaPercent(bp)} p.a. (referencesats ${commaPercent(base)} + ${commaPoints(margin)} procentpoint, ${danishCitation(statute)})`,
  notice: {
    creditor: (name, address) => `Kreditor: ${name}, ${address}.`,
    basis: (reference, subject, contractDate) =>
      `Grundlaget for faktura ${reference}: ${subject}${contractDate ? `, aftale af ${contractDate}` : ''}.`,
    interestStatutory: () =>
      'Vi beregner alene morarente efter renteloven § 5 (Nationalbankens udlånsrente + 8 procentpoint). Forrentet beløb, rentesats og periode fremgår af tabellen »Renteberegning«.',
    interestAbove: (description, justification) =>
      `Rentesatsen er højere end den lovbestemte morarente: ${description}. Begrundelse: ${justification}.`,
    costs: 'Type, beløb og grundlag for hvert gebyr fremgår af tabellen »Gebyrer og omkostninger«.',
    vat: (statement) =>
      statement === 'CREDITOR_DEDUCTS_VAT'
        ? 'Kreditor kan fradrage momsen; der opkræves derfor ikke moms af omkostningerne.'
        : 'Kreditor kan ikke fradrage momsen; momsen af omkostningerne opkræves derfor hos dig.',
    address: (researched, contact) =>
      researched
        ? `Din adresse er fundet ved en adresseundersøgelse. Hvis den er forkert, bedes du give os besked: ${contact}.`
        : 'Din adresse er oplyst af kreditor; der er ikke foretaget adresseundersøgelse.',
    authority: (name) => `Tilsynsmyndighed: ${name}.`,
    paymentPlan: (cost, basis) =>
      cost
        ? `Hvis du ønsker en afdragsordning, er du velkommen til at kontakte os. En afdragsordning koster ${cost} (${basis}).`
        : 'Hvis du ønsker en afdragsordning, er du velkommen til at kontakte os; vi oplyser dig om eventuelle omkostninger, inden du indgår den.',
    acknowledgement:
      'Bemærk: Hvis du erkender gælden, fx ved en delbetaling eller en afdragsordning, begynder en ny forældelsesfrist at løbe fra den dag (forældelsesloven §§ 15 og 19).',
    dispute: 'Hvis du mener, at kravet ikke er korrekt, bedes du skrive til os med din begrundelse; vi undersøger sagen grundigt (god inkassoskik, inkassoloven § 9).',
    collectionWarning: (deadline) =>
      `Inkassovarsel: Hvis beløbet ikke er betalt senest den ${deadline}, bliver sagen sendt til inkasso. Det vil medføre yderligere omkostninger for dig (inkassoloven § 10).`,
  },
  statute: danishCitation,
  statutoryFee: (statute) =>
    statute === 'renteloven 9a(3)'
      ? { type: 'Kompensationsbeløb 310 kr.', basis: 'forsinket betaling i erhvervsforhold, renteloven § 9 a, stk. 3' }
      : null,
};

function english(country: Country): LetterTexts {
  const de = country === 'DE';
  return {
    locale: 'en-GB',
    date: (d) => `${Number(d.slice(8, 10))} ${MONTHS_EN[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`,
    percent: (bp) => `${formatBasisPoints(bp)}%`,
    title: (stage, warning) =>
      warning
        ? 'Reminder and notice of collection'
        : ({
            REMINDER: 'Payment reminder',
            DUNNING_1: 'Reminder',
            DUNNING_2: 'Final reminder',
            PHONE: 'Request for payment',
            AGENCY: 'Request for payment',
            COURT: de ? 'Request for payment before court dunning proceedings' : 'Request for payment',
            ENFORCEMENT: 'Request for payment',
          })[stage],
    salutation: (name, kind) => (kind === 'business' ? 'Dear Sir or Madam,' : `Dear ${name},`),
    intro: (stage, creditor, viaAgent) =>
      viaAgent
        ? `${creditor} has asked us to collect the open amounts listed below, for which no payment has been received so far.`
        : stage === 'REMINDER'
          ? `You may simply have overlooked it: we have not yet received payment for the invoices from ${creditor} listed below.`
          : `Unfortunately we still cannot see a payment for the invoices from ${creditor} listed below.`,
    payBy: (total, deadline) => `Please pay the total of ${total} by ${deadline}.`,
    payTo: (holder, iban, bic, reference) =>
      `Please transfer the amount to ${holder}, IBAN ${iban}${bic ? `, BIC ${bic}` : ''}, quoting the reference ${reference} so that we can match your payment.`,
    qrCaption: 'Scan with your banking app (EPC QR code)',
    alreadyPaid: 'If you have paid in the meantime, thank you, and please disregard this letter.',
    help: 'If you cannot pay the whole amount at once or have any questions, please get in touch. We will find a solution together.',
    closing: 'Kind regards',
    claimsTable: { caption: 'Claims', headers: ['Case', 'Invoice', 'Subject', 'Contract date', 'Due date', 'Principal'] },
    interestTable: { caption: 'Interest', headers: ['Invoice', 'Amount bearing interest', 'Rate', 'From', 'To', 'Days', 'Interest'] },
    costsTable: { caption: 'Costs', headers: ['Type', 'Basis', 'Amount'] },
    paymentsTable: { caption: 'Payments', headers: ['Received', 'Amount', de ? 'Applied to (BGB 367)' : 'Applied to'] },
    paymentAllocation: (costs, interest, principal) =>
      [costs && `${costs} to costs`, interest && `${interest} to interest`, principal && `${principal} to principal`].filter(Boolean).join(', '),
    totals: { principal: 'Principal', interest: 'Interest', costs: 'Costs', paid: 'Less payments', total: 'Amount due' },
    deadline: (date) => `Payment deadline: ${date}`,
    noContractDate: '–',
    invoice: (reference) => `Invoice ${reference}`,
    costLabel: (label) => costLabelIn('en', label),
    chargedOn: (date) => `charged on ${date}`,
    rate: (bp, base, margin, statute) =>
      `${formatBasisPoints(bp)}% p.a. (${de ? 'base rate' : 'reference rate'} ${formatBasisPoints(base)}% + ${formatPoints(margin)} points, ${statute})`,
    notice: {
      creditor: (name, address) => `Creditor: ${name}, ${address}.`,
      basis: (reference, subject, contractDate) =>
        `Basis of invoice ${reference}: ${subject}${contractDate ? `, contract of ${contractDate}` : ''}.`,
      interestStatutory: (kind) =>
        de
          ? `We charge only statutory default interest: the base rate plus ${kind === 'business' ? '9 points (BGB 288(2), 247)' : '5 points (BGB 288(1), 247)'}. The amount bearing interest, the rate and the period are shown in the table "Interest".`
          : 'We charge only statutory default interest under renteloven section 5 (the Nationalbank lending rate + 8 points). The amount bearing interest, the rate and the period are shown in the table "Interest".',
      interestAbove: (description, justification) => `The interest rate is above the statutory rate: ${description}. Reason: ${justification}.`,
      costs: 'The type, amount and basis of each cost item are shown in the table "Costs".',
      vat: (statement) =>
        statement === 'CREDITOR_DEDUCTS_VAT'
          ? 'The creditor can deduct input VAT, so no VAT is charged on the costs.'
          : 'The creditor cannot deduct input VAT, so VAT on the costs is included in the amount claimed.',
      address: (researched, contact) =>
        researched
          ? `Your address was found by an address search. If it is wrong, please tell us: ${contact}.`
          : 'Your address was given to us by the creditor; no address search was made.',
      authority: (name) => `Supervisory authority: ${name}.`,
      paymentPlan: (cost, basis) =>
        cost
          ? `If you would like to pay in instalments, please contact us. An instalment agreement may cost ${cost} (${basis}).`
          : 'If you would like to pay in instalments, please contact us; we will tell you any cost of an instalment agreement before you agree to it.',
      acknowledgement: de
        ? 'Please note: if you acknowledge the claim, for example by a part payment or an instalment agreement, the limitation period starts again (BGB 212). An acknowledgement of debt may also mean that you can no longer raise objections to the claim later.'
        : 'Please note: if you acknowledge the debt, for example by a part payment or an instalment agreement, a new limitation period starts from that day (forældelsesloven sections 15 and 19).',
      dispute: de
        ? 'If you believe the claim is not justified, please tell us why; we will look into it carefully.'
        : 'If you believe the claim is not correct, please write to us with your reasons; we will look into it carefully (good collection practice, inkassoloven section 9).',
      collectionWarning: (deadline) =>
        de
          ? `Please pay by ${deadline}.`
          : `Notice of collection: if the amount has not been paid by ${deadline}, the case will be passed to debt collection, which will cause further costs for you (inkassoloven section 10).`,
    },
    statute: (citation) => citation,
    statutoryFee: (statute) =>
      statute === 'BGB 288(5)'
        ? { type: 'Flat default compensation EUR 40', basis: 'default of a business debtor, BGB 288(5); credited against later collection costs' }
        : statute === 'renteloven 9a(3)'
          ? { type: 'Fixed compensation DKK 310', basis: 'late payment between businesses, renteloven 9a(3)' }
          : null,
  };
}

/** The texts for a language and creditor country. */
export function letterTexts(language: LetterLanguage, country: Country): LetterTexts {
  if (language === 'de') return GERMAN;
  if (language === 'da') return DANISH;
  return english(country);
}
