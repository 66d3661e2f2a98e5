export const ROLES = ['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
