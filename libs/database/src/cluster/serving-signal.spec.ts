import { ServingSignal } from './serving-signal';

describe('ServingSignal', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** Whether `promise` has settled once pending callbacks ran (no time passes). */
  async function settled(promise: Promise<void>): Promise<boolean> {
    let done = false;
    void promise.then(() => (done = true));
    await jest.advanceTimersByTimeAsync(0);
    return done;
  }

  it('waits until the process says it serves, even when asked before', async () => {
    const signal = new ServingSignal();
    const waiting = signal.whenServing(30_000, new AbortController().signal);
    expect(await settled(waiting)).toBe(false);
    signal.serving();
    expect(await settled(waiting)).toBe(true);
    expect(await settled(signal.whenServing(30_000, new AbortController().signal))).toBe(true);
  });

  it('stops waiting after the fallback delay, or when the caller aborts', async () => {
    const signal = new ServingSignal();
    const late = signal.whenServing(30_000, new AbortController().signal);
    await jest.advanceTimersByTimeAsync(29_999);
    expect(await settled(late)).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(await settled(late)).toBe(true);

    const stop = new AbortController();
    const abandoned = signal.whenServing(30_000, stop.signal);
    expect(await settled(abandoned)).toBe(false);
    stop.abort();
    expect(await settled(abandoned)).toBe(true);
    expect(jest.getTimerCount()).toBe(0);
  });
});
