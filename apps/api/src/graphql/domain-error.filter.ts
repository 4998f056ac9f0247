import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter, HttpAdapterHost } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { DomainError } from '@app/core';

/**
 * Hands domain errors (bad input, no access, not found, …) to GraphQL's error formatting as they
 * are. Without it Nest logs each one, with its stack, as an error of the server, although the
 * client made the mistake and gets a precise answer. Other routes keep Nest's handling.
 */
@Catch(DomainError)
export class DomainErrorFilter extends BaseExceptionFilter {
  constructor(adapterHost: HttpAdapterHost) {
    super(adapterHost.httpAdapter);
  }

  override catch(error: DomainError, host: ArgumentsHost): void {
    if (host.getType<GqlContextType>() === 'graphql') {
      // Thrown, as Nest's own handler does after logging: a subscription's setup relies on it.
      throw error;
    }
    super.catch(error, host);
  }
}
