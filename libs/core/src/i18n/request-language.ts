import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestOf } from '../http/request-of';
import { negotiateLanguage } from './language';

/** The response language negotiated from the request's Accept-Language header. */
export const RequestLanguage = createParamDecorator((_: unknown, context: ExecutionContext) =>
  negotiateLanguage(requestOf(context).headers['accept-language']),
);
