import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { errorCode } from './errors';
import { editableUntil } from './pages/AuthorActions';

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

describe('editableUntil (the API’s edit window)', () => {
  const day = 24 * 60 * 60 * 1000;
  const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

  it('is open for 7 days after submitting', () => {
    const createdAt = ago(day);
    expect(editableUntil({ createdAt, upvotes: 0, downvotes: 0 })?.getTime()).toBe(
      new Date(createdAt).getTime() + 7 * day,
    );
    expect(editableUntil({ createdAt: ago(7 * day + 1000), upvotes: 0, downvotes: 0 })).toBeNull();
  });

  it('closes at 10 votes, for or against', () => {
    expect(editableUntil({ createdAt: ago(0), upvotes: 6, downvotes: 3 })).not.toBeNull();
    expect(editableUntil({ createdAt: ago(0), upvotes: 6, downvotes: 4 })).toBeNull();
  });
});
