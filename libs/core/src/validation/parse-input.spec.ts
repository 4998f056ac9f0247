import { z } from 'zod';
import { InvalidInputError } from '../errors/domain-errors';
import { parseInput } from './parse-input';

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
