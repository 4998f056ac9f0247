import { z } from 'zod';
import { InvalidInputError } from '../errors/domain-errors';
import { parseInput } from './parse-input';
import { lineText } from './text';

describe('parseInput', () => {
  const schema = z.object({ email: z.email('must be an email address'), age: z.number().int().optional() });

  it('returns the parsed value', () => {
    expect(parseInput(schema, { email: 'a@b.nl' })).toEqual({ email: 'a@b.nl' });
  });

  it('names the field of the first problem', () => {
    try {
      parseInput(schema, { email: 'nope' }, 'input');
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).field).toBe('input.email');
      expect((error as InvalidInputError).message).toBe('input.email: must be an email address');
    }
  });
});

describe('parseInput reasons', () => {
  const reasonOfFailure = (run: () => unknown): unknown => {
    try {
      run();
    } catch (error) {
      return { reason: (error as InvalidInputError).reason, params: (error as InvalidInputError).params };
    }
    throw new Error('no error');
  };

  it('names what is wrong, with the numbers a sentence needs', () => {
    const schema = z.object({
      title: lineText({ min: 5, max: 10 }),
      tags: z.array(z.string()).max(2),
      slug: z.string().regex(/^[a-z]+$/),
    });
    const valid = { title: 'Kabinet', tags: [], slug: 'ok' };
    expect(reasonOfFailure(() => parseInput(schema, { ...valid, title: 'Kort' }))).toEqual({
      reason: 'TOO_SHORT',
      params: { min: 5 },
    });
    expect(reasonOfFailure(() => parseInput(schema, { ...valid, title: 'Veel te lang' }))).toEqual({
      reason: 'TOO_LONG',
      params: { max: 10 },
    });
    expect(reasonOfFailure(() => parseInput(schema, { ...valid, tags: ['a', 'b', 'c'] }))).toEqual({
      reason: 'TOO_MANY',
      params: { max: 2 },
    });
    expect(reasonOfFailure(() => parseInput(schema, { ...valid, slug: 'Nee!' }))).toEqual({
      reason: 'INVALID_FORMAT',
      params: {},
    });
    expect(reasonOfFailure(() => parseInput(schema, { ...valid, title: 'a\u202Ebcdef' }))).toEqual({
      reason: 'INVALID_TEXT',
      params: {},
    });
    expect(reasonOfFailure(() => parseInput(schema, { ...valid, tags: 'x' }))).toEqual({
      reason: 'INVALID_INPUT',
      params: {},
    });
  });
});
