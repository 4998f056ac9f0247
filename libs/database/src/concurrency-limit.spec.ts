import { setImmediate as tick } from 'node:timers/promises';
import { UnavailableError } from '@app/core';
import { ConcurrencyLimit } from './concurrency-limit';

describe('ConcurrencyLimit', () => {
  afterEach(() => jest.useRealTimers());

  it('runs at most `limit` tasks at once and the others in turn', async () => {
    const limit = new ConcurrencyLimit(2, 10_000, 'busy');
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (index: number) => async (): Promise<number> => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      order.push(index);
      running -= 1;
      return index;
    };
    const results = await Promise.all([0, 1, 2, 3, 4].map((index) => limit.run(task(index))));
    expect(results).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('fails a task that waited too long with UNAVAILABLE and never runs it', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    const limit = new ConcurrencyLimit(1, 1_000, 'Busy.');
    let finish = (): void => undefined;
    const holding = limit.run(() => new Promise<void>((resolve) => (finish = resolve)));
    let ran = false;
    const waiting = limit.run(() => {
      ran = true;
      return Promise.resolve();
    });
    const outcome = expect(waiting).rejects.toThrow(new UnavailableError('Busy.'));
    await jest.advanceTimersByTimeAsync(1_001);
    await outcome;
    finish();
    await holding;
    expect(ran).toBe(false);
    await expect(limit.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});
