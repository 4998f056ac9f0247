import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { errorCode, fieldName, refusalOf } from './errors';

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

describe('refusalOf', () => {
  it('takes a known reason and its numbers, and leaves out a reason the client does not know', () => {
    expect(
      refusalOf({
        message: 'input.title: must have at least 5 visible characters',
        extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_SHORT', params: { min: 5 } },
      }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_SHORT',
      params: { min: 5 },
      detail: 'input.title: must have at least 5 visible characters',
    });
    expect(
      refusalOf({ message: 'x', extensions: { code: 'FORBIDDEN', reason: 'TEAPOT' } }).reason,
    ).toBeUndefined();
  });
});

describe('fieldName', () => {
  it('names the input an error is about by the last part of its path', () => {
    expect(
      fieldName(
        refusalOf({
          message: 'input.password: must be at least 10 characters',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'TOO_SHORT',
            params: { min: 10 },
            field: 'input.password',
          },
        }).field,
      ),
    ).toBe('password');
    expect(fieldName(undefined)).toBeUndefined();
  });
});
