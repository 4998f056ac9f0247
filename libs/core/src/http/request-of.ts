import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';

/** The HTTP request behind a GraphQL resolver or a REST handler. */
export function requestOf<R extends Request = Request>(context: ExecutionContext): R {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: R }>().req;
  }
  return context.switchToHttp().getRequest<R>();
}
