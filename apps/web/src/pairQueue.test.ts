import { act, renderHook, waitFor } from '@testing-library/react';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { type PairResult, type TokenPair, usePairQueue } from './pairQueue';
import type { PairChoice } from './pairs';

const pair = (token: string, left: string, right: string): TokenPair => ({
  token,
  left: { id: left },
  right: { id: right },
});

/** Answers to nextPair in order, then "none left". */
function pairsInTurn(...pairs: TokenPair[]) {
  const queue = [...pairs];
  return vi.fn((): Promise<PairResult<TokenPair>> => {
    const next = queue.shift();
    return Promise.resolve(next ? { pair: next } : { none: true });
  });
}

/** comparePair calls that resolve when the test says so. */
function heldRecords() {
  const held: { token: string; choice: PairChoice; resolve: (refusal?: CombinedError) => void }[] = [];
  const record = vi.fn(
    (token: string, choice: PairChoice) =>
      new Promise<CombinedError | undefined>((resolve) => held.push({ token, choice, resolve })),
  );
  return { record, held };
}

describe('usePairQueue', () => {
  it('shows the pair fetched in advance at once, before the answer is recorded', async () => {
    const fetchPair = pairsInTurn(pair('t1', 'a', 'b'), pair('t2', 'a', 'c'));
    const { record, held } = heldRecords();
    const { result } = renderHook(() => usePairQueue(fetchPair, record));
    await waitFor(() => expect(result.current.current?.token).toBe('t1'));
    await waitFor(() => expect(fetchPair).toHaveBeenCalledTimes(2));

    await act(async () => {
      void result.current.answer('LEFT');
      await Promise.resolve();
    });
    expect(result.current.current?.token).toBe('t2');
    expect(result.current.answered).toBe(1);
    expect(held).toEqual([expect.objectContaining({ token: 't1', choice: 'LEFT' })]);
    // The pair after it is asked for only once the answer is recorded.
    expect(fetchPair).toHaveBeenCalledTimes(2);
    await act(async () => {
      held[0]?.resolve();
      await Promise.resolve();
    });
    await waitFor(() => expect(fetchPair).toHaveBeenCalledTimes(3));
  });

  it('asks again after the answer when the pair fetched in advance was the same one', async () => {
    const fetchPair = pairsInTurn(pair('t1', 'a', 'b'), pair('t2', 'b', 'a'), pair('t3', 'b', 'c'));
    const { record, held } = heldRecords();
    const { result } = renderHook(() => usePairQueue(fetchPair, record));
    await waitFor(() => expect(fetchPair).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(result.current.current?.token).toBe('t1'));

    await act(async () => {
      void result.current.answer('SKIP');
      await Promise.resolve();
    });
    expect(result.current.current).toBeNull();
    expect(result.current.answered).toBe(0);
    await act(async () => {
      held[0]?.resolve();
      await Promise.resolve();
    });
    await waitFor(() => expect(result.current.current?.token).toBe('t3'));
  });

  it('asks for the next pair only once every answer sent is recorded, not just the last', async () => {
    // The API would offer the first pair again while its answer is still on the way.
    const fetchPair = pairsInTurn(pair('t1', 'a', 'b'), pair('t2', 'a', 'c'));
    const { record, held } = heldRecords();
    const { result } = renderHook(() => usePairQueue(fetchPair, record));
    await waitFor(() => expect(fetchPair).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(result.current.current?.token).toBe('t1'));
    await act(async () => {
      void result.current.answer('LEFT');
      await Promise.resolve();
    });
    expect(result.current.current?.token).toBe('t2');
    await act(async () => {
      void result.current.answer('SKIP');
      await Promise.resolve();
    });
    // The skip is recorded first; the first answer is not yet.
    await act(async () => {
      held[1]?.resolve();
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(fetchPair).toHaveBeenCalledTimes(2);
    await act(async () => {
      held[0]?.resolve();
      await Promise.resolve();
    });
    await waitFor(() => expect(result.current.done).toBe(true));
  });

  it('ends when no pair is left', async () => {
    const fetchPair = pairsInTurn(pair('t1', 'a', 'b'));
    const record = vi.fn(() => Promise.resolve(undefined));
    const { result } = renderHook(() => usePairQueue(fetchPair, record));
    await waitFor(() => expect(result.current.current?.token).toBe('t1'));
    await act(() => result.current.answer('RIGHT'));
    await waitFor(() => expect(result.current.done).toBe(true));
    expect(result.current.current).toBeNull();
    expect(result.current.answered).toBe(1);
  });

  it('takes back the count and shows the refusal when the API refuses an answer', async () => {
    const fetchPair = pairsInTurn(pair('t1', 'a', 'b'), pair('t2', 'c', 'd'));
    const refusal = new CombinedError({
      graphQLErrors: [{ message: 'expired', extensions: { code: 'FORBIDDEN' } }],
    });
    const record = vi.fn(() => Promise.resolve(refusal));
    const { result } = renderHook(() => usePairQueue(fetchPair, record));
    await waitFor(() => expect(fetchPair).toHaveBeenCalledTimes(2));
    await act(() => result.current.answer('LEFT'));
    expect(result.current.answered).toBe(0);
    expect(result.current.error).toBe(refusal);
    expect(result.current.current?.token).toBe('t2');
  });

  it('records one answer for a pair however often it is answered', async () => {
    const fetchPair = vi.fn(() => new Promise<PairResult<TokenPair>>(() => undefined));
    fetchPair.mockReturnValueOnce(Promise.resolve({ pair: pair('t1', 'a', 'b') }));
    const { record } = heldRecords();
    const { result } = renderHook(() => usePairQueue(fetchPair, record));
    await waitFor(() => expect(result.current.current?.token).toBe('t1'));
    const answer = result.current.answer;
    await act(async () => {
      void answer('LEFT');
      void answer('LEFT');
      await Promise.resolve();
    });
    expect(record).toHaveBeenCalledTimes(1);
    expect(result.current.answered).toBe(1);
  });
});
