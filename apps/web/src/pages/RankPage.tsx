import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link } from 'react-router';
import { CombinedError, useClient, useQuery } from 'urql';
import { useAuth } from '../auth';
import { ErrorMessage, errorCode } from '../errors';
import { graphql } from '../gql';
import type { NextPairQuery } from '../gql/graphql';
import { signInPath } from '../navigation';
import { choiceForKey, type PairChoice, samePair } from '../pairs';
import { Status } from './Status';

const NEXT_PAIR = graphql(`
  query NextPair($themeId: ID) {
    nextPair(themeId: $themeId) {
      token
      left {
        ...PairSide
      }
      right {
        ...PairSide
      }
    }
  }

  fragment PairSide on Proposal {
    id
    title
    body
    theme {
      name
    }
    author {
      displayName
      organization
    }
  }
`);
const COMPARE = graphql(`
  mutation ComparePair($token: String!, $choice: PairChoice!) {
    comparePair(token: $token, choice: $choice)
  }
`);
const THEMES = graphql(`
  query RankThemes {
    themes {
      id
      name
    }
  }
`);

type Pair = NextPairQuery['nextPair'];
type PairResult = { pair: Pair } | { none: true } | { error: CombinedError };

/** "Which first?" for signed-in members; anyone else is asked to sign in and comes back here. */
export function RankPage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  return (
    <>
      <h1>{t('rank.title')}</h1>
      <p>{t('rank.intro')}</p>
      {session ? (
        <PairwiseRanking />
      ) : (
        <p>
          <Link to={signInPath('/rangschikken')}>{t('rank.signIn')}</Link>
        </p>
      )}
    </>
  );
}

/**
 * One pair at a time, the next one fetched while the member reads this one, so an answer shows
 * the next pair at once and is recorded in the background.
 */
function PairwiseRanking() {
  const { t } = useTranslation();
  const client = useClient();
  const [{ data: themes }] = useQuery({ query: THEMES });
  const [themeId, setThemeId] = useState('');
  const [current, setCurrent] = useState<Pair | null>(null);
  const [done, setDone] = useState(false);
  const [answered, setAnswered] = useState(0);
  const [error, setError] = useState<CombinedError>();
  /** The next pair, asked for while the member reads this one; `result` once it has arrived. */
  const prefetched = useRef<{ result?: PairResult } | null>(null);
  /** Answers sent and not yet recorded: no pair is asked for in advance meanwhile, or it could be theirs. */
  const pending = useRef(0);
  /** The token last answered, so a double key press answers once. */
  const lastToken = useRef<string | null>(null);
  /** Results of requests made for an earlier theme are dropped. */
  const epoch = useRef(0);

  const fetchPair = useCallback(
    (): Promise<PairResult> =>
      client
        .query(NEXT_PAIR, { themeId: themeId || null }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result): PairResult => {
          if (result.data) return { pair: result.data.nextPair };
          if (result.error && errorCode(result.error) === 'NOT_FOUND') return { none: true };
          return { error: result.error ?? new CombinedError({ networkError: new Error('no pair') }) };
        }),
    [client, themeId],
  );

  const prefetch = useCallback(() => {
    const entry: { result?: PairResult } = {};
    prefetched.current = entry;
    void fetchPair().then((result) => (entry.result = result));
  }, [fetchPair]);

  const show = useCallback(
    (result: PairResult, of: number) => {
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
      pending.current += 1;
      const recorded = client
        .mutation(COMPARE, { token: current.token, choice })
        .toPromise()
        .then((result) => {
          pending.current -= 1;
          if (result.error) {
            setAnswered((count) => count - counted);
            setError(result.error);
          }
          return !result.error;
        });
      const ready = prefetched.current?.result;
      prefetched.current = null;
      if (ready && 'pair' in ready && !samePair(ready.pair, current)) {
        // The next pair shows at once; the one after it is asked for once the answers are recorded.
        setCurrent(ready.pair);
        if ((await recorded) && pending.current === 0 && of === epoch.current) prefetch();
        return;
      }
      // Not there yet, or it was this pair again: wait for the answer, then ask.
      setCurrent(null);
      await recorded;
      show(await fetchPair(), of);
    },
    [client, current, fetchPair, prefetch, show],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const choice = choiceForKey(event);
      if (choice === null || !current) return;
      event.preventDefault();
      void answer(choice);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [answer, current]);

  return (
    <>
      <div className="controls">
        <label>
          {t('proposals.theme')}
          <select value={themeId} onChange={(event) => setThemeId(event.target.value)}>
            <option value="">{t('proposals.allThemes')}</option>
            {themes?.themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" className="meta">
        {t('rank.answered', { count: answered })}
      </p>
      {error && <ErrorMessage error={error} />}
      {done ? (
        <section className="card rank-done" aria-labelledby="rank-done">
          <h2 id="rank-done">{t('rank.doneTitle')}</h2>
          <p>{t(themeId ? 'rank.doneTheme' : 'rank.done', { count: answered })}</p>
          <p>
            <Link to="/?volgorde=PAIRWISE">{t('rank.toSuggestions')}</Link>
          </p>
        </section>
      ) : current ? (
        <section aria-labelledby="rank-question">
          <h2 id="rank-question">{t('rank.question')}</h2>
          <p id="rank-keys" className="meta">
            {t('rank.keys')}
          </p>
          <div className="pair">
            {(['LEFT', 'RIGHT'] as const).map((side) => {
              const proposal = side === 'LEFT' ? current.left : current.right;
              return (
                <article key={side} className="card pair-option" aria-labelledby={`pair-${side}`}>
                  <h3 id={`pair-${side}`}>{proposal.title}</h3>
                  <p className="meta">
                    {proposal.theme?.name} ·{' '}
                    {t('proposals.by', { name: proposal.author?.displayName ?? '?' })}
                    {proposal.author?.organization ? ` (${proposal.author.organization})` : ''}
                  </p>
                  <div className="pair-body">
                    <Markdown>{proposal.body}</Markdown>
                  </div>
                  <p>
                    <Link to={`/voorstel/${proposal.id}`} target="_blank" rel="noopener">
                      {t('rank.readAll')}
                      <span className="visually-hidden">: {proposal.title}</span>
                    </Link>
                  </p>
                  <button
                    type="button"
                    aria-keyshortcuts={side === 'LEFT' ? 'ArrowLeft' : 'ArrowRight'}
                    aria-describedby="rank-keys"
                    onClick={() => void answer(side)}
                  >
                    {t('rank.first')}
                    <span className="visually-hidden">: {proposal.title}</span>
                  </button>
                </article>
              );
            })}
          </div>
          <button
            type="button"
            className="secondary"
            aria-keyshortcuts="S"
            aria-describedby="rank-keys"
            onClick={() => void answer('SKIP')}
          >
            {t('rank.skip')}
          </button>
        </section>
      ) : error ? (
        <button type="button" onClick={() => void fetchPair().then((result) => show(result, epoch.current))}>
          {t('rank.retry')}
        </button>
      ) : (
        <Status fetching />
      )}
    </>
  );
}
