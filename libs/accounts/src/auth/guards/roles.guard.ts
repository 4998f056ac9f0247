import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, NotAuthenticatedError } from '@app/core';
import { hasAnyRole, type Role } from '../../roles';
import { REQUIRED_ROLES } from '../decorators';
import { requestOf } from '../request-context';

/** Global guard for @Roles(...); runs after JwtAuthGuard has identified the user. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (required === undefined || required.length === 0) {
      return true;
    }
    const user = requestOf(context).user;
    if (user === undefined) {
      throw new NotAuthenticatedError();
    }
    if (!hasAnyRole(user.roles, required)) {
      throw new ForbiddenError(`This needs one of the roles ${required.join(', ')}.`, 'ROLE_REQUIRED');
    }
    return true;
  }
}
