import { useCallback, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link } from 'react-router';
import { CombinedError, useClient, useQuery } from 'urql';
import { Button, Card, FormField } from '../components';
import { useAuth } from '../auth';
import { ErrorMessage, errorCode } from '../errors';
import { graphql } from '../gql';
import { usePageTitle } from '../notice';
import type { NextPairQuery } from '../gql/graphql';
import { signInPath } from '../navigation';
import { type PairResult, usePairQueue } from '../pairQueue';
import { choiceForKey, type PairChoice } from '../pairs';
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

/** "Which first?" for signed-in members; anyone else is asked to sign in and comes back here. */
export function RankPage() {
  const { t } = useTranslation();
  usePageTitle(t('rank.title'));
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

/** Pairs to answer, of one theme or all, with keyboard shortcuts. */
function PairwiseRanking() {
  const { t } = useTranslation();
  const client = useClient();
  const [{ data: themes }] = useQuery({ query: THEMES });
  const [themeId, setThemeId] = useState('');
  const fetchPair = useCallback(
    (): Promise<PairResult<Pair>> =>
      client
        .query(NEXT_PAIR, { themeId: themeId || null }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result): PairResult<Pair> => {
          if (result.data) return { pair: result.data.nextPair };
          if (result.error && errorCode(result.error) === 'NOT_FOUND') return { none: true };
          return { error: result.error ?? new CombinedError({ networkError: new Error('no pair') }) };
        }),
    [client, themeId],
  );

  const record = useCallback(
    (token: string, choice: PairChoice) =>
      client
        .mutation(COMPARE, { token, choice })
        .toPromise()
        .then((result) => result.error),
    [client],
  );
  const { current, done, answered, error, answer, retry } = usePairQueue(fetchPair, record);

  // Before the browser paints a new pair, so a key pressed on it never reaches the last one's handler.
  useLayoutEffect(() => {
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
        <FormField label={t('proposals.theme')}>
          {(control) => (
            <select {...control} value={themeId} onChange={(event) => setThemeId(event.target.value)}>
              <option value="">{t('proposals.allThemes')}</option>
              {themes?.themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      {/* Announces each new pair too, also after a skip, which leaves the count as it was. */}
      <p role="status" className="meta">
        {t('rank.answered', { count: answered })}
        {current && (
          <span className="visually-hidden">
            {' '}
            {t('rank.nowComparing', { left: current.left.title, right: current.right.title })}
          </span>
        )}
      </p>
      {error && <ErrorMessage error={error} />}
      {done ? (
        <Card className="rank-done" aria-labelledby="rank-done">
          <h2 id="rank-done">{t('rank.doneTitle')}</h2>
          <p>{t(themeId ? 'rank.doneTheme' : 'rank.done', { count: answered })}</p>
          <p>
            <Link to="/?volgorde=PAIRWISE">{t('rank.toSuggestions')}</Link>
          </p>
        </Card>
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
                <Card as="article" key={side} className="pair-option" aria-labelledby={`pair-${side}`}>
                  <h3 id={`pair-${side}`}>{proposal.title}</h3>
                  <p className="meta">
                    {proposal.theme?.name} ·{' '}
                    {t('proposals.by', {
                      name: proposal.author?.displayName ?? t('proposals.removedMember'),
                    })}
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
                  <Button
                    aria-keyshortcuts={side === 'LEFT' ? 'ArrowLeft' : 'ArrowRight'}
                    aria-describedby="rank-keys"
                    onClick={() => void answer(side)}
                  >
                    {t('rank.first')}
                    <span className="visually-hidden">: {proposal.title}</span>
                  </Button>
                </Card>
              );
            })}
          </div>
          <Button
            variant="secondary"
            aria-keyshortcuts="S"
            aria-describedby="rank-keys"
            onClick={() => void answer('SKIP')}
          >
            {t('rank.skip')}
          </Button>
        </section>
      ) : error ? (
        <Button onClick={retry}>{t('rank.retry')}</Button>
      ) : (
        <Status fetching />
      )}
    </>
  );
}
