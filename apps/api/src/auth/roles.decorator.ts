import { SetMetadata } from '@nestjs/common';
import type { Role } from './role.js';

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';
export const BEFORE_PASSWORD_CHANGE_KEY = 'beforePasswordChange';
export const PORTAL_KEY = 'portal';

/** The roles allowed to call an operation; every operation without `@Public()` needs one. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/**
 * An operation a user who still holds a one-time password may call (changePassword, logout, me);
 * every other one answers FORBIDDEN with `extensions.reason = "PASSWORD_CHANGE_REQUIRED"`.
 */
export const AllowedBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE_KEY, true);
/**
 * A debtor portal operation: only a portal session's token may call it (a staff token is FORBIDDEN,
 * none is UNAUTHENTICATED); staff operations in turn refuse portal tokens (they carry no user).
 */
export const Portal = () => SetMetadata(PORTAL_KEY, true);
