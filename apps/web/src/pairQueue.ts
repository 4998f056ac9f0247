import { useCallback, useEffect, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { type PairChoice, type PairOf, samePair } from './pairs';

export interface TokenPair extends PairOf {
  token: string;
}

/** What asking for a pair gave: one, none left, or a failure. */
export type PairResult<Pair> = { pair: Pair } | { none: true } | { error: CombinedError };

export interface PairQueue<Pair> {
  /** The pair to answer; null while the next one is on its way, and when none is left. */
  current: Pair | null;
  done: boolean;
  /** Choices (not skips) made since the page opened, counted before the API confirms them. */
  answered: number;
  error: CombinedError | undefined;
  answer: (choice: PairChoice) => Promise<void>;
  /** Asks for a pair again after a failure. */
  retry: () => void;
}

/**
 * One pair at a time, the next one asked for while the member reads this one: an answer shows the
 * next pair at once and is recorded in the background. A new `fetchPair` (another theme) starts
 * afresh. `record` resolves with the API's refusal, if any.
 */
export function usePairQueue<Pair extends TokenPair>(
  fetchPair: () => Promise<PairResult<Pair>>,
  record: (token: string, choice: PairChoice) => Promise<CombinedError | undefined>,
): PairQueue<Pair> {
  const [current, setCurrent] = useState<Pair | null>(null);
  const [done, setDone] = useState(false);
  const [answered, setAnswered] = useState(0);
  const [error, setError] = useState<CombinedError>();
  /** The next pair, asked for while the member reads this one; `result` once it has arrived. */
  const prefetched = useRef<{ result?: PairResult<Pair> } | null>(null);
  /** Answers sent and not yet recorded: no pair is asked for meanwhile, or it could be theirs. */
  const recordings = useRef(new Set<Promise<boolean>>());
  /** The token last answered, so a double key press answers once. */
  const lastToken = useRef<string | null>(null);
  /** Results of requests made for an earlier theme are dropped. */
  const epoch = useRef(0);

  const prefetch = useCallback(() => {
    const entry: { result?: PairResult<Pair> } = {};
    prefetched.current = entry;
    void fetchPair().then((result) => (entry.result = result));
  }, [fetchPair]);

  const show = useCallback(
    (result: PairResult<Pair>, of: number) => {
      if (of !== epoch.current) return;
      if ('pair' in result) {
        setCurrent(result.pair);
        setError(undefined);
        prefetch();
      } else if ('none' in result) {
        setCurrent(null);
        setDone(true);
      } else {
        setError(result.error);
      }
    },
    [prefetch],
  );

  useEffect(() => {
    const of = ++epoch.current;
    setCurrent(null);
    setDone(false);
    setError(undefined);
    prefetched.current = null;
    void fetchPair().then((result) => show(result, of));
  }, [fetchPair, show]);

  const answer = useCallback(
    async (choice: PairChoice) => {
      if (!current || lastToken.current === current.token) return;
      lastToken.current = current.token;
      const of = epoch.current;
      const counted = choice === 'SKIP' ? 0 : 1;
      setAnswered((count) => count + counted);
      const recorded: Promise<boolean> = record(current.token, choice).then((refusal) => {
        recordings.current.delete(recorded);
        if (refusal) {
          setAnswered((count) => count - counted);
          setError(refusal);
        }
        return !refusal;
      });
      recordings.current.add(recorded);
      const ready = prefetched.current?.result;
      prefetched.current = null;
      if (ready && 'pair' in ready && !samePair(ready.pair, current)) {
        // The next pair shows at once; the one after it is asked for once the answers are recorded.
        setCurrent(ready.pair);
        if ((await recorded) && recordings.current.size === 0 && of === epoch.current) prefetch();
        return;
      }
      // Not there yet, or it was this pair again: wait for the answers, then ask. All of them, not
      // just this one: the API would offer a pair whose answer is still on its way once more.
      setCurrent(null);
      await recorded;
      while (recordings.current.size > 0) await Promise.all(recordings.current);
      show(await fetchPair(), of);
    },
    [current, fetchPair, prefetch, record, show],
  );

  const retry = useCallback(() => {
    const of = epoch.current;
    void fetchPair().then((result) => show(result, of));
  }, [fetchPair, show]);

  return { current, done, answered, error, answer, retry };
}
