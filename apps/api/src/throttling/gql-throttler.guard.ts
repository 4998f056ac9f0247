import { type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { PER_USER_SUFFIX } from './throttler-options';

/**
 * @nestjs/throttler's guard, reading the request and response of GraphQL operations too, and
 * answering with the standard `Retry-After` header (the library names it after the throttler).
 * This one counts per IP address and per email (it runs before the user is known); the
 * per-user throttlers are UserThrottlerGuard's.
 */
@Injectable()
export class GqlThrottlerGuard extends ThrottlerGuard {
  protected handles(name: string): boolean {
    return !name.endsWith(PER_USER_SUFFIX);
  }

  override async onModuleInit(): Promise<void> {
    await super.onModuleInit();
    this.throttlers = this.throttlers.filter((throttler) => this.handles(throttler.name ?? 'default'));
  }

  protected override getRequestResponse(context: ExecutionContext): { req: Request; res: Response } {
    if (context.getType<GqlContextType>() === 'graphql') {
      const { req, res } = GqlExecutionContext.create(context).getContext<{ req: Request; res: Response }>();
      return { req, res };
    }
    return super.getRequestResponse(context) as { req: Request; res: Response };
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    limit: ThrottlerLimitDetail,
  ): Promise<void> {
    // Subscriptions over graphql-ws have no HTTP response to put a header on.
    const { res } = this.getRequestResponse(context) as { res: Response | undefined };
    res?.header('Retry-After', String(limit.timeToBlockExpire));
    await super.throwThrottlingException(context, limit);
  }
}

/** The per-user throttlers, placed after JwtAuthGuard so that the user is known. */
@Injectable()
export class UserThrottlerGuard extends GqlThrottlerGuard {
  protected override handles(name: string): boolean {
    return name.endsWith(PER_USER_SUFFIX);
  }
}
