import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { fill, joinTexts, untranslated } from '@mahnwerk/domain';
import { forbidden, unauthenticated } from '../common/errors.js';
import { AUTH_TEXTS } from './auth.i18n.js';
import type { GraphQLContext } from './current-user.js';
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
      if (user) throw forbidden(AUTH_TEXTS.portalOnly);
      if (!portal) throw unauthenticated(portalSessionEnded ? AUTH_TEXTS.portalSessionEnded : AUTH_TEXTS.portalSignInFirst);
      return true;
    }
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    if (!user) throw unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) throw forbidden(AUTH_TEXTS.noRoleDeclared);
    if (user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE_KEY, targets)) {
      throw forbidden(AUTH_TEXTS.changeOneTimePassword, {
        reason: PASSWORD_CHANGE_REQUIRED,
      });
    }
    if (!roles.includes(user.role)) {
      const needed = roles.map(untranslated).reduce((list, role) => joinTexts([list, AUTH_TEXTS.or, role], ''));
      throw forbidden(fill(AUTH_TEXTS.roleMayNot, { role: user.role, roles: needed }));
    }
    return true;
  }
}
