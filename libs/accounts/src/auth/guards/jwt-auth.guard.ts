import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { NotAuthenticatedError } from '@app/core';
import type { User } from '../../users/user.schema';
import { IS_PUBLIC } from '../decorators';
import { requestOf } from '../request-context';

const INVALID_ACCESS_TOKEN = 'The access token is invalid or has expired; refresh it or sign in again.';

/**
 * Global guard: every operation needs a valid access token unless it is marked @Public().
 * On public operations a valid token still identifies the user, and a bad one is ignored.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext): ReturnType<typeof requestOf> {
    return requestOf(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = requestOf(context);
    if (request.user !== undefined) {
      return true;
    }
    if (request.headers.authorization === undefined) {
      if (isPublic) {
        return true;
      }
      throw new NotAuthenticatedError();
    }
    try {
      return (await super.canActivate(context)) as boolean;
    } catch (error) {
      if (isPublic) {
        return true;
      }
      throw error;
    }
  }

  override handleRequest<TUser = User>(error: unknown, user: TUser | false): TUser {
    // Errors here come from loading the token's user (a blocked user, an unreachable database);
    // a bad token arrives as `info`, with no error.
    if (error instanceof Error) {
      throw error;
    }
    if (error || !user) {
      throw new NotAuthenticatedError(INVALID_ACCESS_TOKEN, 'SESSION_EXPIRED');
    }
    return user;
  }
}
