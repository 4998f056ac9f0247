import { type ComponentType, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { ErrorMessage } from '../errors';
import { Button, EmptyState } from '../components';
import { graphql } from '../gql';
import { ProfileSection } from './ProfileSection';
import { ProposalCard } from './ProposalCard';
import { Status } from './Status';

const MY_SUGGESTIONS = graphql(`
  query MySuggestions($authorId: ID!) {
    proposals(filter: { authorId: $authorId }, sort: NEWEST, first: 50) {
      totalCount
      edges {
        node {
          ...ProposalCardFields
        }
      }
    }
  }
`);
const MY_VOTES = graphql(`
  query MyVotes($after: String) {
    myVotes(first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ProposalCardFields
          myVote
        }
      }
    }
  }
`);
const MY_FOLLOWS = graphql(`
  query MyFollows($after: String) {
    myFollows(first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          targetType
          proposal {
            id
            title
          }
          list {
            id
            slug
            title
          }
        }
      }
    }
  }
`);
const UNFOLLOW = graphql(`
  mutation UnfollowFromProfile($targetId: ID!) {
    unfollow(targetId: $targetId)
  }
`);

export function MySuggestions({ authorId }: { authorId: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: MY_SUGGESTIONS, variables: { authorId } });
  return (
    <ProfileSection id="mijn-suggesties">
      <Status fetching={fetching && !data} error={error} />
      {data?.proposals.edges.length === 0 && <EmptyState>{t('profile.suggestions.empty')}</EmptyState>}
      <ul className="plain">
        {data?.proposals.edges.map(({ node }) => (
          <ProposalCard key={node.id} proposal={node} heading="h3" />
        ))}
      </ul>
    </ProfileSection>
  );
}

/** What each page of a list fetched by cursor is told. */
interface PageProps {
  after: string | null;
  /** Whether it is the last page so far, which offers the next. */
  last: boolean;
  onMore: (cursor: string) => void;
}

/**
 * A section listing pages fetched by cursor, one after another: each page keeps its own query
 * (and cache), so that loading more never fetches the earlier pages again.
 */
function PagedSection({ id, Page }: { id: 'mijn-stemmen' | 'volgen'; Page: ComponentType<PageProps> }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const more = (cursor: string) => setCursors((current) => [...current, cursor]);
  return (
    <ProfileSection id={id}>
      {cursors.map((after, index) => (
        <Page key={after ?? ''} after={after} last={index === cursors.length - 1} onMore={more} />
      ))}
    </ProfileSection>
  );
}

/** One page: loading or error, "none" on an empty first page, the items, and "more" after the last. */
function PageOfList({
  props: { after, last, onMore },
  result: { fetching, error },
  page,
  empty,
  more,
  footer,
  children,
}: {
  props: PageProps;
  result: { fetching: boolean; error?: CombinedError };
  page: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } | undefined;
  empty: string;
  more: string;
  footer?: ReactNode;
  children: ReactNode;
}) {
  const cursor = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  return (
    <>
      <Status fetching={fetching && !page} error={error} />
      {after === null && page?.edges.length === 0 && <EmptyState>{empty}</EmptyState>}
      <ul className="plain">{children}</ul>
      {footer}
      {last && cursor && (
        <Button variant="secondary" onClick={() => onMore(cursor)}>
          {more}
        </Button>
      )}
    </>
  );
}

export const MyVotes = () => <PagedSection id="mijn-stemmen" Page={VotesPage} />;

function VotesPage(props: PageProps) {
  const { t } = useTranslation();
  const [result] = useQuery({ query: MY_VOTES, variables: { after: props.after } });
  const page = result.data?.myVotes;
  return (
    <PageOfList
      props={props}
      result={result}
      page={page}
      empty={t('profile.votes.empty')}
      more={t('profile.votes.more')}
    >
      {page?.edges.map(({ node }) => (
        <ProposalCard key={node.id} proposal={node} heading="h3">
          {node.myVote && <p className="meta">{t(`profile.votes.${node.myVote}`)}</p>}
        </ProposalCard>
      ))}
    </PageOfList>
  );
}

export const MyFollows = () => <PagedSection id="volgen" Page={FollowsPage} />;

function FollowsPage(props: PageProps) {
  const { t } = useTranslation();
  const [result, refetch] = useQuery({ query: MY_FOLLOWS, variables: { after: props.after } });
  const [unfollowing, unfollow] = useMutation(UNFOLLOW);
  const page = result.data?.myFollows;
  const line = (kind: string, link: ReactNode, target?: { id: string; title: string }) => (
    <>
      <span className="meta">{kind}:</span> {link}{' '}
      {target && (
        <Button
          variant="secondary"
          size="small"
          disabled={unfollowing.fetching}
          aria-label={t('profile.follows.unfollow', { title: target.title })}
          onClick={() =>
            void unfollow({ targetId: target.id }).then((done) => {
              if (!done.error) refetch({ requestPolicy: 'network-only' });
            })
          }
        >
          {t('follow.unfollow')}
        </Button>
      )}
    </>
  );
  return (
    <PageOfList
      props={props}
      result={result}
      page={page}
      empty={t('profile.follows.empty')}
      more={t('profile.follows.more')}
      footer={<ErrorMessage error={unfollowing.error} />}
    >
      {page?.edges.map(({ cursor, node: { targetType, list, proposal } }) => (
        <li key={cursor}>
          {targetType === 'LIST' && list
            ? line(t('profile.follows.LIST'), <Link to={`/lijsten/${list.slug}`}>{list.title}</Link>, list)
            : proposal
              ? line(
                  t('profile.follows.PROPOSAL'),
                  <Link to={`/voorstel/${proposal.id}`}>{proposal.title}</Link>,
                  proposal,
                )
              : line(t('profile.follows.PROPOSAL'), t('profile.follows.gone'))}
        </li>
      ))}
    </PageOfList>
  );
}
