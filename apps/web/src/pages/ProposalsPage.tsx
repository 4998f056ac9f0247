import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CommentCounts } from './CommentCounts';
import { Status } from './Status';
import { graphql } from '../gql';

const SORTS = [
  'HOT',
  'TOP',
  'CONFIDENCE',
  'CONSENSUS',
  'PAIRWISE',
  'NEWEST',
  'CONTROVERSIAL',
  'RANDOM',
] as const;
type Sort = (typeof SORTS)[number];

const PROPOSALS = graphql(`
  query Proposals($sort: ProposalSort, $filter: ProposalFilter, $first: Int, $seed: Int) {
    proposals(sort: $sort, filter: $filter, first: $first, seed: $seed) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          title
          upvotes
          downvotes
          commentsInFavor
          commentsAgainst
          theme {
            name
          }
          author {
            displayName
            organization
          }
        }
      }
    }
    themes {
      id
      name
    }
  }
`);

export function ProposalsPage() {
  const { t } = useTranslation();
  // ?volgorde=PAIRWISE and the like: a link can open the list in an order.
  const [parameters] = useSearchParams();
  const [sort, setSort] = useState<Sort>(
    () => SORTS.find((value) => value === parameters.get('volgorde')) ?? 'HOT',
  );
  const [themeId, setThemeId] = useState('');
  const [search, setSearch] = useState('');
  const [first, setFirst] = useState(20);
  const [{ data, fetching, error }] = useQuery({
    query: PROPOSALS,
    variables: {
      sort,
      first,
      seed: 1,
      filter: { themeId: themeId || null, search: search || null },
    },
  });
  return (
    <>
      <h1>{t('proposals.title')}</h1>
      <div className="controls">
        <label>
          {t('proposals.sort')}
          <select
            value={sort}
            aria-describedby="sort-help"
            onChange={(event) => setSort(event.target.value as Sort)}
          >
            {SORTS.map((value) => (
              <option key={value} value={value} title={t(`sortHelp.${value}`)}>
                {t(`sort.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('proposals.theme')}
          <select value={themeId} onChange={(event) => setThemeId(event.target.value)}>
            <option value="">{t('proposals.allThemes')}</option>
            {data?.themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('proposals.search')}
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
      </div>
      <p id="sort-help" className="meta">
        {t(`sortHelp.${sort}`)}
      </p>
      <Status fetching={fetching && !data} error={error} />
      {data && (
        <>
          <p className="meta">{t('proposals.count', { count: data.proposals.totalCount })}</p>
          {data.proposals.edges.length === 0 && <p>{t('proposals.empty')}</p>}
          <ol>
            {data.proposals.edges.map(({ node }) => (
              <li key={node.id} className="card">
                <h2>
                  <Link to={`/voorstel/${node.id}`}>{node.title}</Link>
                </h2>
                <p className="meta">
                  {node.theme?.name} ·{' '}
                  {t('proposals.by', { name: node.author?.displayName ?? t('proposals.removedMember') })}
                  {node.author?.organization ? ` (${node.author.organization})` : ''} ·{' '}
                  <span className="votes">
                    {t('proposal.votes', { up: node.upvotes, down: node.downvotes })}
                  </span>{' '}
                  · <CommentCounts inFavor={node.commentsInFavor} against={node.commentsAgainst} />
                </p>
              </li>
            ))}
          </ol>
          {data.proposals.pageInfo.hasNextPage && (
            <button type="button" onClick={() => setFirst((count) => Math.min(count + 20, 50))}>
              {t('proposals.more')}
            </button>
          )}
        </>
      )}
    </>
  );
}
