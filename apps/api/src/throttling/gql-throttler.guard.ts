import { type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Request, Response } from 'express';

/**
 * @nestjs/throttler's guard, reading the request and response of GraphQL operations too, and
 * answering with the standard `Retry-After` header (the library names it after the throttler).
 */
@Injectable()
export class GqlThrottlerGuard extends ThrottlerGuard {
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
    this.getRequestResponse(context).res.header('Retry-After', String(limit.timeToBlockExpire));
    await super.throwThrottlingException(context, limit);
  }
}
