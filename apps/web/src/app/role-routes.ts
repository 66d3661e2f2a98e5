import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { Role } from '../gql/graphql';

export const ROLES: readonly Role[] = ['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'];

/** The screen families of the workbench and who may open them. */
export type Area = 'queue' | 'team' | 'dashboard' | 'bank' | 'dunning' | 'creditors' | 'people' | 'intake' | 'limitation' | 'rates' | 'templates' | 'settlements' | 'audit';

const AREA_ROLES: Record<Area, readonly Role[]> = {
  // The queue is a collector's own: an admin holds no cases (myQueue answers FORBIDDEN).
  queue: ['COLLECTOR'],
  team: ['LEAD', 'MANAGER', 'ADMIN'],
  dashboard: ['MANAGER', 'ADMIN'],
  bank: ['LEAD', 'ADMIN'],
  dunning: ['LEAD', 'MANAGER', 'ADMIN'],
  creditors: ['LEAD', 'ADMIN'],
  people: ['ADMIN'],
  intake: ['LEAD', 'ADMIN'],
  limitation: ['LEAD', 'ADMIN'],
  rates: ['ADMIN'],
  templates: ['ADMIN'],
  settlements: ['LEAD', 'ADMIN'],
  audit: ['ADMIN'],
};

export const AREA_PATHS: Record<Area, string> = {
  queue: '/queue',
  team: '/team',
  dashboard: '/dashboard',
  bank: '/bank',
  dunning: '/dunning',
  creditors: '/creditors',
  people: '/people',
  intake: '/intake',
  limitation: '/limitation',
  rates: '/interest-rates',
  templates: '/templates',
  settlements: '/settlements',
  audit: '/audit',
};

export const AREA_LABELS = defineMessages({
  queue: { id: 'app.nav.queue', defaultMessage: 'My queue' },
  team: { id: 'app.nav.team', defaultMessage: 'Team' },
  dashboard: { id: 'app.nav.dashboard', defaultMessage: 'Dashboard' },
  bank: { id: 'app.nav.bank', defaultMessage: 'Bank' },
  dunning: { id: 'app.nav.dunning', defaultMessage: 'Dunning' },
  creditors: { id: 'app.nav.creditors', defaultMessage: 'Creditors' },
  people: { id: 'app.nav.people', defaultMessage: 'People' },
  intake: { id: 'app.nav.intake', defaultMessage: 'Intake' },
  limitation: { id: 'app.nav.limitation', defaultMessage: 'Limitation' },
  rates: { id: 'app.nav.rates', defaultMessage: 'Rates' },
  templates: { id: 'app.nav.templates', defaultMessage: 'Templates' },
  settlements: { id: 'app.nav.settlements', defaultMessage: 'Settlements' },
  audit: { id: 'app.nav.audit', defaultMessage: 'Audit' },
}) satisfies Record<Area, MessageDescriptor>;

const LANDING: Record<Role, Area> = {
  COLLECTOR: 'queue',
  LEAD: 'team',
  MANAGER: 'dashboard',
  ADMIN: 'team',
};

/** The change-password screen: open to everyone, the only screen while a one-time password is in use. */
export const PASSWORD_PATH = '/password';

export function canAccess(role: Role, area: Area): boolean {
  return AREA_ROLES[area].includes(role);
}

/** Where a user lands after login or on `/`. */
export function landingPath(role: Role): string {
  return AREA_PATHS[LANDING[role]];
}

/** Top-bar navigation for a role, landing area first. */
export function navItems(role: Role): { area: Area; path: string; label: MessageDescriptor }[] {
  const first = LANDING[role];
  const areas = (Object.keys(AREA_ROLES) as Area[]).filter((a) => canAccess(role, a));
  areas.sort((a, b) => Number(b === first) - Number(a === first));
  return areas.map((area) => ({ area, path: AREA_PATHS[area], label: AREA_LABELS[area] }));
}
