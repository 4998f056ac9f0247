import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { errorCode } from './errors';

describe('errorCode', () => {
  it('takes the API’s extensions.code', () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'It has 10 or more votes.', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(errorCode(error)).toBe('FORBIDDEN');
  });

  it('tells a network failure from an unknown code', () => {
    expect(errorCode(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toBe('NETWORK');
    expect(
      errorCode(new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code: 'TEAPOT' } }] })),
    ).toBe('UNKNOWN');
  });
});
