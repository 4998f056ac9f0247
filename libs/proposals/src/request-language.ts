import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestOf } from '@app/accounts';
import { negotiateLanguage } from '@app/core';

/** The response language negotiated from the request's Accept-Language header. */
export const RequestLanguage = createParamDecorator((_: unknown, context: ExecutionContext) =>
  negotiateLanguage(requestOf(context).headers['accept-language']),
);
