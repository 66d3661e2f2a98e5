import { CASE_STATUSES, DUNNING_STAGES } from '@mahnwerk/domain';

/**
 * The fixed cast of the demo: teams, users, creditors, and the short English texts the seeder
 * writes into activity notes. Everything random about the demo lives in demo-data.ts.
 */

/** The well-known demo password (development and tests); production demos get a generated one (config.ts). */
export { KNOWN_DEMO_PASSWORD as DEMO_PASSWORD } from '../../config/config.js';
export const DEMO_EMAIL_DOMAIN = 'demo.mahnwerk';

export const TEAMS = ['Team Nord', 'Team Süd'] as const;

export type Role = 'COLLECTOR' | 'LEAD' | 'MANAGER' | 'ADMIN';

/** Indexes into CREDITORS. */
export const SWR = 0;
export const FWN = 1;
export const NEA = 2;

export interface UserFixture {
  email: string;
  name: string;
  role: Role;
  /** Index into TEAMS, or null. */
  team: 0 | 1 | null;
  capacity: number;
  languages: string[];
  /** Creditors (indexes into CREDITORS) a collector works; leads, managers and admins see all. */
  creditors: number[];
}

const email = (local: string): string => `${local}@${DEMO_EMAIL_DOMAIN}`;

function collector(n: number, name: string, languages: string[], creditors: number[]): UserFixture {
  return { email: email(`collector${n}`), name, role: 'COLLECTOR', team: n <= 6 ? 0 : 1, capacity: 25, languages, creditors };
}

/**
 * Team Nord works the two German creditors; Team Süd works the gym chain and the Danish utility,
 * and its two Danish colleagues (collector11, collector12) only the Danish one.
 * Non-collectors carry capacity 0: they do not take cases from the queue.
 */
export const USERS: readonly UserFixture[] = [
  { email: email('admin'), name: 'Sabine Hartmann', role: 'ADMIN', team: null, capacity: 0, languages: ['de', 'en'], creditors: [] },
  { email: email('manager'), name: 'Thomas Brandt', role: 'MANAGER', team: null, capacity: 0, languages: ['de', 'en'], creditors: [] },
  { email: email('lead'), name: 'Katrin Vogt', role: 'LEAD', team: 0, capacity: 0, languages: ['de', 'en'], creditors: [] },
  { email: email('lead2'), name: 'Jens Petersen', role: 'LEAD', team: 1, capacity: 0, languages: ['de', 'da', 'en'], creditors: [] },
  collector(1, 'Lena Becker', ['de', 'en'], [SWR, FWN]),
  collector(2, 'Jonas Krüger', ['de', 'en'], [SWR, FWN]),
  collector(3, 'Aylin Demir', ['de', 'en', 'tr'], [SWR, FWN]),
  collector(4, 'Felix Wagner', ['de', 'en'], [SWR, FWN]),
  collector(5, 'Miriam Schulz', ['de', 'en', 'pl'], [SWR, FWN]),
  collector(6, 'Tobias Hoffmann', ['de', 'en'], [SWR, FWN]),
  collector(7, 'Julia Weber', ['de', 'da', 'en'], [FWN, NEA]),
  collector(8, 'Stefan Richter', ['de', 'da', 'en'], [FWN, NEA]),
  collector(9, 'Hanna Christiansen', ['de', 'da', 'en'], [FWN, NEA]),
  collector(10, 'Niklas Jensen', ['de', 'da', 'en'], [FWN, NEA]),
  collector(11, 'Mette Nielsen', ['da', 'en'], [NEA]),
  collector(12, 'Rasmus Lund', ['da', 'en', 'de'], [NEA]),
];

export type Country = 'DE' | 'DK';

export interface CreditorFixture {
  ref: string;
  name: string;
  country: Country;
  currency: 'EUR' | 'DKK';
  timeZone: string;
  address: string;
  /** The name on the account and in the commercial register. */
  legalName: string;
  /** What its contracts with debtors are about (claims' contract_subject; RDG 13a(1) no. 2), in its letters' language. */
  contractSubject: string;
  /** The account debtors pay into (valid checksums, realistic banks). */
  iban: string;
  bic: string;
  /** Share of the demo's cases. */
  weight: number;
  /** What the claims are: utility bills or gym memberships. */
  business: 'utility' | 'fitness';
}

export const CREDITORS: readonly CreditorFixture[] = [
  {
    ref: 'SWR',
    name: 'Stadtwerke Rheinau GmbH',
    contractSubject: 'Stromliefervertrag (Haushaltsstrom)',
    country: 'DE',
    currency: 'EUR',
    timeZone: 'Europe/Berlin',
    address: 'Rheinauer Hafenstraße 14, 68219 Mannheim, Germany',
    legalName: 'Stadtwerke Rheinau GmbH',
    iban: 'DE37670505050038124507',
    bic: 'MANSDE66XXX',
    weight: 0.38,
    business: 'utility',
  },
  {
    ref: 'FWN',
    name: 'Fitnesswelt Nord GmbH',
    contractSubject: 'Mitgliedschaftsvertrag Fitnessstudio',
    country: 'DE',
    currency: 'EUR',
    timeZone: 'Europe/Berlin',
    address: 'Lange Reihe 88, 20099 Hamburg, Germany',
    legalName: 'Fitnesswelt Nord GmbH',
    iban: 'DE46200505501280447316',
    bic: 'HASPDEHHXXX',
    weight: 0.37,
    business: 'fitness',
  },
  {
    ref: 'NEA',
    name: 'Nordisk Energi A/S',
    contractSubject: 'Elaftale (levering af el)',
    country: 'DK',
    currency: 'DKK',
    timeZone: 'Europe/Copenhagen',
    address: 'Strandvejen 102, 2900 Hellerup, Denmark',
    legalName: 'Nordisk Energi A/S',
    iban: 'DK5930000011426593',
    bic: 'DABADKKK',
    weight: 0.25,
    business: 'utility',
  },
];

/** Dunning stages in order; the seeder works with their indexes. */
export const STAGES = DUNNING_STAGES;
export const REMINDER = 0;
export const DUNNING_1 = 1;
export const DUNNING_2 = 2;
export const PHONE = 3;
export const AGENCY = 4;
export const COURT = 5;
export const ENFORCEMENT = 6;

export const STATUSES = CASE_STATUSES;
export const OPEN = 0;
export const ON_HOLD = 1;
export const PAID = 2;
export const UNCOLLECTIBLE = 3;
export const LEGAL = 4;

export interface FeeRule {
  stage: number;
  label: string;
  amountCents: number;
  /** Only for business debtors. */
  businessOnly?: boolean;
}

/**
 * Demo fee rows per stage. German creditors charge nothing for the letter that puts the debtor in
 * default (BGB 280(2), 286) and only the actual cost of material and postage for the final
 * reminder (DE_CREDITOR_DUNNING_FEE_CAP_CENTS at most); the court fee is the GKG minimum for a court
 * dunning order. Danish reminder fees follow renteloven 9b (DKK 100, at most three, at least 10
 * days apart) and the hand-over fee (LEGAL.md). The statutory flat compensation of business debtors
 * (BGB 288(5) EUR 40, renteloven 9a(3) DKK 310) is no fee row: the balance adds it from the rules,
 * as for live cases, so it is not counted twice.
 */
export const FEE_RULES: Readonly<Record<Country, readonly FeeRule[]>> = {
  DE: [
    { stage: DUNNING_2, label: 'Dunning letter costs (postage and material)', amountCents: 150 },
    { stage: COURT, label: 'Court fee for the court dunning order (GKG, minimum)', amountCents: 3600 },
  ],
  DK: [
    { stage: REMINDER, label: 'Reminder fee no. 1 (rykkergebyr, renteloven 9b)', amountCents: 10000 },
    { stage: DUNNING_1, label: 'Reminder fee no. 2 (rykkergebyr, renteloven 9b)', amountCents: 10000 },
    { stage: DUNNING_2, label: 'Reminder fee no. 3 (rykkergebyr, renteloven 9b)', amountCents: 10000 },
    { stage: AGENCY, label: 'Collection hand-over fee (renteloven 9b)', amountCents: 10000 },
  ],
};

/** The dunning run's letter (or system note) when a case enters a stage, in every language (demo-timeline.i18n.ts). */
export { DEMO_STAGE_NOTES as STAGE_NOTES } from './demo-timeline.i18n.js';

/** What the demo's collectors "wrote": demo-notes.i18n.ts. */
export * from './demo-notes.i18n.js';

/** Gym membership fees in cents (the claims of the fitness creditor are months of these). */
export const MEMBERSHIP_FEES = [1990, 2490, 2990, 3490, 3990, 4990, 5990, 7990];
