import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { ThrottlerLimitDetail, ThrottlerModuleOptions, ThrottlerStorage } from '@nestjs/throttler';
import { AUTH_THROTTLED } from '@app/accounts';
import type { AppConfig } from '@app/core';
import { EXPORT_THROTTLED } from '@app/curation';
import { PUBLIC_HTTP_WRITE } from '@app/notifications';

function isAuthThrottled(context: ExecutionContext): boolean {
  return Reflect.getMetadata(AUTH_THROTTLED, context.getHandler()) === true;
}

function isExportThrottled(context: ExecutionContext): boolean {
  return Reflect.getMetadata(EXPORT_THROTTLED, context.getHandler()) === true;
}

/**
 * Top-level mutation fields that change a vote, or answer a pair (a quick click each, like a
 * vote): counted in their own, larger bucket per user.
 */
export const VOTE_MUTATIONS: ReadonlySet<string> = new Set([
  'castVote',
  'retractVote',
  'comparePair',
  'voteComment',
  'retractCommentVote',
]);

function graphqlInfo(context: ExecutionContext): { operation: string; fieldName: string } | undefined {
  if (context.getType<GqlContextType>() !== 'graphql') return undefined;
  const info = GqlExecutionContext.create(context).getInfo<{
    operation: { operation: string };
    fieldName: string;
  }>();
  return { operation: info.operation.operation, fieldName: info.fieldName };
}

/** A GraphQL mutation, or an HTTP route that writes for anyone (the one-click unsubscribe). */
function isMutation(context: ExecutionContext): boolean {
  return (
    graphqlInfo(context)?.operation === 'mutation' ||
    Reflect.getMetadata(PUBLIC_HTTP_WRITE, context.getHandler()) === true
  );
}

function isVote(context: ExecutionContext): boolean {
  const info = graphqlInfo(context);
  return info?.operation === 'mutation' && VOTE_MUTATIONS.has(info.fieldName);
}

/** The signed-in user's id (set by JwtAuthGuard, which runs before the per-user throttlers). */
function userId(request: Record<string, unknown>): string | undefined {
  const user = request.user as { _id?: { toHexString(): string } } | undefined;
  return user?._id?.toHexString();
}

function requestOf(context: ExecutionContext): Record<string, unknown> {
  return GqlExecutionContext.create(context).getContext<{ req: Record<string, unknown> }>().req;
}

function userTracker(request: Record<string, unknown>): string {
  return `user:${userId(request) ?? 'anonymous'}`;
}

/**
 * The email an auth operation is about, so that guessing one account's password is limited from
 * any IP: login and register take it in `input`, requestPasswordReset as an argument of its own.
 * resetPassword has none (its token is the secret) and is limited per IP only.
 */
function emailOf(context: ExecutionContext): string | undefined {
  if (context.getType<GqlContextType>() !== 'graphql') return undefined;
  const args = GqlExecutionContext.create(context).getArgs<{
    input?: { email?: unknown };
    email?: unknown;
  }>();
  const email = args.input?.email ?? args.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : undefined;
}

function emailTracker(_request: Record<string, unknown>, context: ExecutionContext): string {
  return `email:${emailOf(context)}`;
}

/**
 * One bucket per tracker across all operations (the library's default key also names the
 * resolver, which would give every mutation a budget of its own).
 */
function sharedKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
  return `${throttlerName}:${tracker}`;
}

/** Full exports a minute per IP address: each reads every published suggestion. */
export const EXPORT_LIMIT_PER_IP = 10;

/** Limits per minute for login and registration (each operation counted on its own). */
export const AUTH_LIMIT_PER_IP = 20;
export const AUTH_LIMIT_PER_EMAIL = 5;

/**
 * Throttlers whose name ends in this are counted per signed-in user, by UserThrottlerGuard after
 * JwtAuthGuard has identified the user; the others by GqlThrottlerGuard before it.
 */
export const PER_USER_SUFFIX = '-user';

export type ThrottleLimits = Pick<
  AppConfig,
  'THROTTLE_MUTATIONS_PER_USER' | 'THROTTLE_VOTES_PER_USER' | 'THROTTLE_MUTATIONS_PER_IP'
>;

export function throttleMessage(_context: ExecutionContext, detail: ThrottlerLimitDetail): string {
  return `Too many attempts; wait ${detail.timeToBlockExpire} seconds and try again.`;
}

/** `storage` keeps the counters (in this process's memory when it is not given). */
export function throttlerOptions(limits: ThrottleLimits, storage?: ThrottlerStorage): ThrottlerModuleOptions {
  return {
    errorMessage: throttleMessage,
    storage,
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
        skipIf: (context) => !isAuthThrottled(context) || emailOf(context) === undefined,
        getTracker: emailTracker,
      },
      {
        name: 'export-ip',
        ttl: 60_000,
        limit: EXPORT_LIMIT_PER_IP,
        skipIf: (context) => !isExportThrottled(context),
      },
      {
        // Every mutation from one address, signed in or not.
        name: 'mutation-ip',
        ttl: 60_000,
        limit: limits.THROTTLE_MUTATIONS_PER_IP,
        skipIf: (context) => !isMutation(context),
        generateKey: sharedKey,
      },
      {
        name: `mutation${PER_USER_SUFFIX}`,
        ttl: 60_000,
        limit: limits.THROTTLE_MUTATIONS_PER_USER,
        skipIf: (context) => !isMutation(context) || isVote(context) || !userId(requestOf(context)),
        getTracker: userTracker,
        generateKey: sharedKey,
      },
      {
        name: `vote${PER_USER_SUFFIX}`,
        ttl: 60_000,
        limit: limits.THROTTLE_VOTES_PER_USER,
        skipIf: (context) => !isVote(context) || !userId(requestOf(context)),
        getTracker: userTracker,
        generateKey: sharedKey,
      },
    ],
  };
}
