import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import { AUTH_THROTTLED } from '@app/accounts';

function isAuthThrottled(context: ExecutionContext): boolean {
  return Reflect.getMetadata(AUTH_THROTTLED, context.getHandler()) === true;
}

/** The email an auth operation is about, so that guessing one account's password is limited from any IP. */
function emailTracker(request: Record<string, unknown>, context: ExecutionContext): string {
  if (context.getType<GqlContextType>() === 'graphql') {
    const { input } = GqlExecutionContext.create(context).getArgs<{ input?: { email?: unknown } }>();
    if (typeof input?.email === 'string') {
      return `email:${input.email.trim().toLowerCase()}`;
    }
  }
  return `ip:${String(request.ip)}`;
}

/** Limits per minute for login and registration (each operation counted on its own). */
export const AUTH_LIMIT_PER_IP = 20;
export const AUTH_LIMIT_PER_EMAIL = 5;

export const throttlerOptions: ThrottlerModuleOptions = {
  errorMessage: 'Too many attempts; wait a minute and try again.',
  throttlers: [
    {
      name: 'auth-ip',
      ttl: 60_000,
      limit: AUTH_LIMIT_PER_IP,
      skipIf: (context) => !isAuthThrottled(context),
    },
    {
      name: 'auth-email',
      ttl: 60_000,
      limit: AUTH_LIMIT_PER_EMAIL,
      skipIf: (context) => !isAuthThrottled(context),
      getTracker: emailTracker,
    },
  ],
};
