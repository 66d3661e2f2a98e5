import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { forbidden, unauthenticated } from '../common/errors.js';
import type { GraphQLContext } from './current-user.js';
import { PORTAL_SESSION_ENDED } from './portal-sessions.service.js';
import type { Role } from './role.js';
import { BEFORE_PASSWORD_CHANGE_KEY, PORTAL_KEY, PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';

export const PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED';

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    const { user, portal, portalSessionEnded } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    if (this.reflector.getAllAndOverride<boolean>(PORTAL_KEY, targets)) {
      if (user) throw forbidden('This is a debtor portal operation; staff tokens cannot call it.');
      if (!portal) throw unauthenticated(portalSessionEnded ? PORTAL_SESSION_ENDED : 'Sign in to the portal first: this needs a portal session token.');
      return true;
    }
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    if (!user) throw unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) throw forbidden('This operation declares no role; nobody may call it.');
    if (user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE_KEY, targets)) {
      throw forbidden('Change your one-time password first (changePassword); until then nothing else is open to you.', {
        reason: PASSWORD_CHANGE_REQUIRED,
      });
    }
    if (!roles.includes(user.role)) {
      throw forbidden(`Your role ${user.role} may not do this; it needs ${roles.join(' or ')}.`);
    }
    return true;
  }
}
