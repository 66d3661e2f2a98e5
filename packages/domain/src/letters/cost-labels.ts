import type { LetterLanguage } from './letter-texts.js';

/**
 * The cost labels the product stores on a fee (in English, from the strategy's fee rules, the
 * domain's fee results and the demo data), and how a letter names them in its own language, so
 * that a German letter carries German cost labels and a Danish letter Danish ones. A label not
 * listed is the creditor's own wording and is printed as it is.
 */
const COST_LABELS: readonly { match: RegExp; de: string; da: string; en: string }[] = [
  {
    match: /^Dunning (fee|letter costs?)\b/i,
    de: 'Mahnkosten (Porto und Material, §§ 280 Abs. 2, 286 BGB)',
    da: 'Rykkeromkostninger (porto og materiale)',
    en: 'Dunning letter costs (postage and material, BGB 280(2), 286)',
  },
  { match: /^Reminder fee\b/i, de: 'Mahngebühr (renteloven § 9 b Abs. 2)', da: 'Rykkergebyr (renteloven § 9 b, stk. 2)', en: 'Reminder fee (renteloven 9b(2))' },
  {
    match: /^(Collection hand-over fee|Hand-over to collection fee)\b/i,
    de: 'Inkassogebühr (renteloven § 9 b Abs. 3)',
    da: 'Inkassogebyr (renteloven § 9 b, stk. 3)',
    en: 'Hand-over to collection fee (renteloven 9b(3))',
  },
  {
    match: /^(Flat default (charge|compensation))\b/i,
    de: 'Verzugspauschale (§ 288 Abs. 5 BGB)',
    da: 'Kompensationsbeløb (BGB § 288, stk. 5)',
    en: 'Flat default compensation (BGB 288(5))',
  },
  {
    match: /^Fixed compensation\b/i,
    de: 'Entschädigungspauschale (renteloven § 9 a Abs. 3)',
    da: 'Kompensationsbeløb (renteloven § 9 a, stk. 3)',
    en: 'Fixed compensation (renteloven 9a(3))',
  },
  {
    match: /^Court fee\b/i,
    de: 'Gerichtskosten des Mahnverfahrens (GKG)',
    da: 'Retsafgift for betalingspåkrav',
    en: 'Court fee for the court dunning order (GKG)',
  },
  {
    match: /^Payment plan agreement fee\b/i,
    de: 'Einigungsgebühr Ratenzahlungsvereinbarung (Nr. 1000 VV RVG, § 31b RVG)',
    da: 'Gebyr for afdragsordning (VV RVG nr. 1000, RVG § 31b)',
    en: 'Payment plan agreement fee (RVG VV 1000, 31b)',
  },
  {
    // A line that already states its factor and table (agencyFeeLineDE: "Inkassokosten: ...") is printed as written.
    match: /^(Inkassokosten|Agency costs)\b(?!: )/i,
    de: 'Inkassokosten (§ 13e RDG, Nr. 2300 VV RVG)',
    da: 'Inkassoomkostninger (RDG § 13e, VV RVG nr. 2300)',
    en: 'Collection costs (RDG 13e, RVG VV 2300)',
  },
];

/** A stored fee label as a letter in `language` prints it. */
export function costLabelIn(language: LetterLanguage, label: string): string {
  const known = COST_LABELS.find((l) => l.match.test(label.trim()));
  return known ? known[language] : label;
}
