import type { ExecutionContext } from '@nestjs/common';
import { requestOf as httpRequestOf } from '@app/core';
import type { Request } from 'express';
import type { User } from '../users/user.schema';

export type AuthenticatedRequest = Request & { user?: User };

/** The HTTP request behind a GraphQL resolver or a REST handler, with the signed-in user. */
export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  // The JWT guard sets `user` before any resolver or handler runs.
  return httpRequestOf(context) as AuthenticatedRequest;
}
