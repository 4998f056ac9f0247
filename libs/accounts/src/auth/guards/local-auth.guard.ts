import { type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { DomainError, NotAuthenticatedError } from '@app/core';
import type { User } from '../../users/user.schema';
import { requestOf } from '../request-context';

/**
 * Runs the passport local strategy on the `input` argument of the login mutation. Passport
 * reads credentials from `body`, so it gets a view of the request whose body is that input;
 * the user it authenticates is then set on the real request.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext): unknown {
    const request = requestOf(context);
    const { input } = GqlExecutionContext.create(context).getArgs<{ input: unknown }>();
    return Object.assign(Object.create(request) as object, { body: input });
  }

  override handleRequest<TUser = User>(
    error: unknown,
    user: TUser | false,
    _info: unknown,
    context: ExecutionContext,
  ): TUser {
    if (error instanceof DomainError) {
      throw error;
    }
    if (error || !user) {
      throw new NotAuthenticatedError('Wrong email address or password.', 'INVALID_CREDENTIALS');
    }
    requestOf(context).user = user as unknown as User;
    return user;
  }
}
