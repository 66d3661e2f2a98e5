import { SetMetadata } from '@nestjs/common';
import type { Role } from './role.js';

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';
export const BEFORE_PASSWORD_CHANGE_KEY = 'beforePasswordChange';

/** The roles allowed to call an operation; every operation without `@Public()` needs one. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/**
 * An operation a user who still holds a one-time password may call (changePassword, logout, me);
 * every other one answers FORBIDDEN with `extensions.reason = "PASSWORD_CHANGE_REQUIRED"`.
 */
export const AllowedBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE_KEY, true);
