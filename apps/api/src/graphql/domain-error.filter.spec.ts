import type { ArgumentsHost } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { NotFoundError } from '@app/core';
import { DomainErrorFilter } from './domain-error.filter';

describe('DomainErrorFilter', () => {
  it('passes a domain error of a GraphQL operation on to error formatting as it is', () => {
    const filter = new DomainErrorFilter({ httpAdapter: {} } as unknown as HttpAdapterHost);
    const error = new NotFoundError('Proposal', 'x');
    const host = { getType: () => 'graphql' } as unknown as ArgumentsHost;
    expect(() => filter.catch(error, host)).toThrow(error);
  });
});
