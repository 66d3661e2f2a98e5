import { GERMAN_STATES, type GermanState } from './public-holidays.js';

/**
 * The central dunning courts (zentrale Mahngerichte). ZPO 689(2) gives the dunning procedure to the
 * local court of the applicant's general place of jurisdiction; every Land has concentrated it in
 * one court under ZPO 689(3), some for neighbouring Länder too (by state treaty). A deadline of the
 * procedure ends on the next working day where it ends on a holiday at the court's seat (ZPO 222(2)),
 * so the court's own Land decides which days count, not the applicant's.
 */
export const CENTRAL_DUNNING_COURTS = {
  STUTTGART: { name: 'Amtsgericht Stuttgart', state: 'BW', serves: ['BW'] },
  COBURG: { name: 'Amtsgericht Coburg', state: 'BY', serves: ['BY'] },
  WEDDING: { name: 'Amtsgericht Wedding', state: 'BE', serves: ['BE', 'BB'] },
  BREMEN: { name: 'Amtsgericht Bremen', state: 'HB', serves: ['HB'] },
  HAMBURG: { name: 'Amtsgericht Hamburg', state: 'HH', serves: ['HH', 'MV'] },
  HUENFELD: { name: 'Amtsgericht Hünfeld', state: 'HE', serves: ['HE'] },
  UELZEN: { name: 'Amtsgericht Uelzen', state: 'NI', serves: ['NI'] },
  HAGEN: { name: 'Amtsgericht Hagen', state: 'NW', serves: ['NW'] },
  EUSKIRCHEN: { name: 'Amtsgericht Euskirchen', state: 'NW', serves: ['NW'] },
  MAYEN: { name: 'Amtsgericht Mayen', state: 'RP', serves: ['RP', 'SL'] },
  ASCHERSLEBEN: { name: 'Amtsgericht Aschersleben', state: 'ST', serves: ['ST', 'SN', 'TH'] },
  SCHLESWIG: { name: 'Amtsgericht Schleswig', state: 'SH', serves: ['SH'] },
} as const satisfies Record<string, { name: string; state: GermanState; serves: readonly GermanState[] }>;

export type CentralDunningCourt = keyof typeof CENTRAL_DUNNING_COURTS;
export const CENTRAL_DUNNING_COURT_IDS = Object.keys(CENTRAL_DUNNING_COURTS) as CentralDunningCourt[];

export const isCentralDunningCourt = (value: unknown): value is CentralDunningCourt =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(CENTRAL_DUNNING_COURTS, value);

/** The Land where the court sits, whose holidays its deadlines skip (ZPO 222(2)). */
export function dunningCourtState(court: CentralDunningCourt): GermanState {
  const entry = CENTRAL_DUNNING_COURTS[court] as { state: GermanState } | undefined;
  if (!entry) throw new RangeError(`Unknown central dunning court ${String(court)}`);
  return entry.state;
}

/** "Amtsgericht Coburg (Bayern)". */
export function describeDunningCourt(court: CentralDunningCourt): string {
  const entry = CENTRAL_DUNNING_COURTS[court];
  return `${entry.name} (${GERMAN_STATES[entry.state]})`;
}

/**
 * The central dunning court(s) for an applicant whose general place of jurisdiction is in `state`
 * (ZPO 689(2), (3)). North Rhine-Westphalia has two: Hagen (districts of the higher regional courts
 * Hamm and Düsseldorf) and Euskirchen (district of Cologne); the applicant's seat decides between them.
 */
export function centralDunningCourtsFor(state: GermanState): CentralDunningCourt[] {
  return CENTRAL_DUNNING_COURT_IDS.filter((id) => (CENTRAL_DUNNING_COURTS[id].serves as readonly GermanState[]).includes(state));
}
