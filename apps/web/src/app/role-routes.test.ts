import { describe, expect, it } from 'vitest';
import { canAccess, landingPath, navItems } from './role-routes';

describe('role-based landing and navigation', () => {
  it.each([
    ['COLLECTOR', '/queue'],
    ['LEAD', '/team'],
    ['MANAGER', '/dashboard'],
    ['ADMIN', '/team'],
  ] as const)('%s lands on %s', (role, path) => {
    expect(landingPath(role)).toBe(path);
  });

  it('shows each role only its areas, landing first', () => {
    expect(navItems('COLLECTOR').map((i) => i.area)).toEqual(['queue']);
    expect(navItems('LEAD').map((i) => i.area)).toEqual(['team', 'bank', 'dunning', 'creditors', 'intake', 'limitation', 'settlements']);
    expect(navItems('MANAGER').map((i) => i.area)).toEqual(['dashboard', 'team', 'dunning']);
    expect(navItems('ADMIN').map((i) => i.area)).toEqual(['team', 'dashboard', 'bank', 'dunning', 'creditors', 'people', 'intake', 'limitation', 'rates', 'templates', 'settlements', 'audit']);
  });

  it('keeps collectors out of the team board and dashboard', () => {
    expect(canAccess('COLLECTOR', 'team')).toBe(false);
    expect(canAccess('COLLECTOR', 'dashboard')).toBe(false);
    expect(canAccess('ADMIN', 'dashboard')).toBe(true);
  });

  it('opens the bank page to leads and admins only', () => {
    expect((['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'] as const).filter((r) => canAccess(r, 'bank'))).toEqual(['LEAD', 'ADMIN']);
  });

  it('opens the dunning page to leads, managers and admins', () => {
    expect((['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'] as const).filter((r) => canAccess(r, 'dunning'))).toEqual(['LEAD', 'MANAGER', 'ADMIN']);
  });

  it('opens the creditors settings to leads and admins only', () => {
    expect((['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'] as const).filter((r) => canAccess(r, 'creditors'))).toEqual(['LEAD', 'ADMIN']);
  });

  it('opens the people area (users and teams) to admins only', () => {
    expect((['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'] as const).filter((r) => canAccess(r, 'people'))).toEqual(['ADMIN']);
  });

  it('opens the intake page to leads and admins only', () => {
    expect((['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'] as const).filter((r) => canAccess(r, 'intake'))).toEqual(['LEAD', 'ADMIN']);
  });

  it('opens the audit trail to admins only', () => {
    expect((['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'] as const).filter((r) => canAccess(r, 'audit'))).toEqual(['ADMIN']);
  });

  it('opens the message templates to admins only', () => {
    expect((['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'] as const).filter((r) => canAccess(r, 'templates'))).toEqual(['ADMIN']);
  });

  it('opens the limitation worklist to leads and admins only', () => {
    expect((['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'] as const).filter((r) => canAccess(r, 'limitation'))).toEqual(['LEAD', 'ADMIN']);
  });
});
