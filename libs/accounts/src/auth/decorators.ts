import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '../roles';
import type { User } from '../users/user.schema';
import { requestOf } from './request-context';

export const IS_PUBLIC = 'accounts:isPublic';
export const REQUIRED_ROLES = 'accounts:requiredRoles';
export const AUTH_THROTTLED = 'accounts:authThrottled';

/** Reachable without signing in. A bad access token on a public operation is ignored. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Only for users with one of these roles (ADMIN passes every role check). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_ROLES, roles);

/** Rate limited per IP and per email address, like login and registration. */
export const AuthThrottled = (): MethodDecorator => SetMetadata(AUTH_THROTTLED, true);

/** The signed-in user, or null. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): User | null => requestOf(context).user ?? null,
);
