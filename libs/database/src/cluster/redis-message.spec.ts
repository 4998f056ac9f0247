import { Types } from 'mongoose';
import { deserializeMessage, serializeMessage } from './redis-message';

describe('messages between processes', () => {
  it('round-trip a lean document with its ObjectIds, Dates, numbers and nulls', () => {
    const record = {
      _id: new Types.ObjectId(),
      authorId: new Types.ObjectId(),
      title: 'Gratis openbaar vervoer voor scholieren',
      tags: ['mobiliteit', 'onderwijs'],
      counters: { up: 3, down: 1 },
      scores: { top: 2, wilson: 0.3006650971229984, hot: -1.5, controversy: 1.3333333333333333 },
      createdAt: new Date('2026-03-01T10:00:00.123Z'),
      hiddenAt: null,
      history: [{ at: new Date('2026-03-02T08:30:00Z'), by: new Types.ObjectId() }],
    };

    const copy = deserializeMessage(serializeMessage(record)) as typeof record;

    expect(copy).toEqual(record);
    expect(copy._id).toBeInstanceOf(Types.ObjectId);
    expect(copy.createdAt).toBeInstanceOf(Date);
    expect(copy.history[0]?.at).toBeInstanceOf(Date);
    expect(copy.history[0]?.by.equals(record.history[0]?.by)).toBe(true);
    expect(Number.isInteger(copy.counters.up)).toBe(true);
  });

  it('read a message that arrives as a Buffer', () => {
    const payload = { id: 'abc', at: new Date(0) };
    expect(deserializeMessage(Buffer.from(serializeMessage(payload)))).toEqual(payload);
  });
});
