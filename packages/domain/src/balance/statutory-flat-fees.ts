import { compareDates, type IsoDate } from '../dates.js';
import { creditFlatCompensation, statutoryFlatCompensation } from '../fees/flat-compensation.js';
import { formatAmount } from '../money.js';
import type { Country, DebtorKind } from '../stages.js';

/** A fee as the balance books it (input fees and statutory flat fees alike). */
export interface BookedFee {
  label: string;
  amountCents: number;
  chargedOn: IsoDate;
  /** Full line text; default `${label}, charged on ${chargedOn}`. */
  explanation?: string;
  statute: string | null;
  claimReference: string | null;
  /** Costs of legal pursuit (agency, lawyer): the BGB 288(5) flat is credited against them. */
  collectionCost?: boolean;
}

export interface FlatFeeClaim {
  reference: string;
  /** Default date (null: not in default). */
  defaultDate: IsoDate | null;
  /** The day the obligation arose (EGBGB Art. 229 section 34). */
  arisenOn: IsoDate;
}

/**
 * Adds the statutory flat compensation once per business claim in default by `asOf` (DE BGB 288(5)
 * EUR 40 for obligations arisen from 2014-07-29; DK renteloven 9a(3) DKK 310) and, in Germany,
 * credits it against the collection costs charged by `asOf` for the same claim or the whole case
 * (BGB 288(5) sentence 3): those cost lines are reduced and say by how much, and the flat line says
 * against what it was credited. Returns the fees to book (the input's, adjusted, then the flats).
 */
export function withStatutoryFlatFees(
  context: { country: Country; debtorKind: DebtorKind; currency: string; asOf: IsoDate },
  claims: readonly FlatFeeClaim[],
  fees: readonly BookedFee[],
): BookedFee[] {
  const { country, currency, asOf } = context;
  if (context.debtorKind !== 'business') return [...fees];
  const money = (cents: number): string => formatAmount(cents, currency);
  const flats: (BookedFee & { claimReference: string })[] = [];
  for (const claim of claims) {
    const since = claim.defaultDate;
    if (since === null || compareDates(since, asOf) > 0) continue;
    const flat = statutoryFlatCompensation(country, country === 'DE' ? claim.arisenOn : since);
    if (!flat || flat.currency !== currency.toUpperCase()) continue;
    flats.push({
      label: flat.label,
      amountCents: flat.amountCents,
      chargedOn: since,
      statute: flat.statute,
      claimReference: claim.reference,
      explanation:
        country === 'DE'
          ? `${flat.label} on invoice ${claim.reference}, in default since ${since}`
          : `${flat.label} on invoice ${claim.reference}, paid late (default interest from the day after ${since}); on top of reminder fees and collection costs`,
    });
  }
  if (country !== 'DE') return [...fees, ...flats];

  const costIndexes = fees
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.collectionCost === true && compareDates(f.chargedOn, asOf) <= 0)
    .sort((a, b) => compareDates(a.f.chargedOn, b.f.chargedOn) || a.i - b.i)
    .map(({ i }) => i);
  const credits = creditFlatCompensation(
    flats,
    costIndexes.map((i) => ({ claimReference: fees[i]!.claimReference, amountCents: fees[i]!.amountCents })),
  );
  const adjusted = fees.map((f) => ({ ...f }));
  const creditedOnCost = new Map<number, number>();
  const creditedOnFlat = new Map<number, { amountCents: number; on: IsoDate[] }>();
  for (const c of credits) {
    const feeIndex = costIndexes[c.cost]!;
    creditedOnCost.set(feeIndex, (creditedOnCost.get(feeIndex) ?? 0) + c.amountCents);
    const entry = creditedOnFlat.get(c.flat) ?? { amountCents: 0, on: [] };
    entry.amountCents += c.amountCents;
    entry.on.push(fees[feeIndex]!.chargedOn);
    creditedOnFlat.set(c.flat, entry);
  }
  for (const [i, credited] of creditedOnCost) {
    const f = adjusted[i]!;
    const gross = f.amountCents;
    f.amountCents = gross - credited;
    f.explanation =
      `${f.explanation ?? `${f.label}, charged on ${f.chargedOn}`}: ${money(gross)} less ${money(credited)} ` +
      `flat default compensation credited (BGB 288(5) sentence 3)`;
  }
  flats.forEach((flat, i) => {
    const credited = creditedOnFlat.get(i);
    if (!credited) {
      flat.explanation += '; to be credited against later collection costs (BGB 288(5) sentence 3)';
    } else {
      const days = [...new Set(credited.on)].join(', ');
      flat.explanation +=
        credited.amountCents === flat.amountCents
          ? `; ${money(credited.amountCents)} credited against the collection costs charged on ${days} (BGB 288(5) sentence 3)`
          : `; ${money(credited.amountCents)} of it credited against the collection costs charged on ${days}, ` +
            `the rest against later ones (BGB 288(5) sentence 3)`;
    }
  });
  return [...adjusted, ...flats];
}
