import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { useAuth } from '../auth';
import { graphql } from '../gql';
import { useLiveConnection } from '../live';
import { signInPath } from '../navigation';
import { AuthorActions } from './AuthorActions';
import { CommentCounts } from './CommentCounts';
import { Discussion } from './Discussion';
import { FollowButton } from './FollowButton';
import { CurrentFollowUp, Journey } from './Journey';
import { Badge } from '../components';
import { COMMENT_QUERY_CONTEXT } from './commentDocuments';
import { MergeForm } from './MergeForm';
import { usePageTitle } from '../notice';
import { SubmittedOn, SupportBar } from './ProposalCard';
import { ModerationActions } from './ModerationPages';
import { SectorSupport } from './SectorSupport';
import { Status } from './Status';
import { VoteButtons } from './VoteButtons';

const PROPOSAL = graphql(`
  query Proposal($id: ID!) {
    proposal(id: $id) {
      id
      title
      body
      upvotes
      downvotes
      myVote
      myFlag {
        reason
        at
      }
      status
      editableUntil
      mergedInto
      createdAt
      commentCount
      commentsInFavor
      commentsAgainst
      theme {
        id
        name
      }
      author {
        id
        displayName
        organization
      }
      includedIn {
        slug
        title
        version
      }
      supportBySector {
        sector
        up
        down
      }
    }
    sectors {
      slug
      name
      position
    }
  }
`);

const VOTES_CHANGED = graphql(`
  subscription VotesChanged($id: ID!) {
    proposalVotesChanged(proposalId: $id) {
      id
      upvotes
      downvotes
      editableUntil
    }
  }
`);

export function ProposalPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { session } = useAuth();
  const { pathname } = useLocation();
  // Comment mutations change the suggestion's comment counts, which urql cannot see from their Comment result.
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PROPOSAL,
    variables: { id },
    context: COMMENT_QUERY_CONTEXT,
  });
  const [{ data: changed }] = useSubscription({ query: VOTES_CHANGED, variables: { id } });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const live = useLiveConnection(reload);
  const proposal = data?.proposal;
  usePageTitle(proposal?.title);
  if (!proposal) {
    return data ? <p>{t('proposal.notFound')}</p> : <Status fetching={fetching} error={error} />;
  }
  const counts = changed?.proposalVotesChanged.id === proposal.id ? changed.proposalVotesChanged : proposal;
  const isModerator = session?.user.roles.some((role) => role === 'MODERATOR' || role === 'ADMIN') ?? false;
  const isAuthor = session !== null && session.user.id === proposal.author?.id;
  return (
    <article>
      <h1>{proposal.title}</h1>
      <p className="meta">
        {proposal.theme && (
          <>
            <Badge tone="accent">{proposal.theme.name}</Badge>{' '}
          </>
        )}
        {t('proposals.by', { name: proposal.author?.displayName ?? t('proposals.removedMember') })}
        {proposal.author?.organization ? ` (${proposal.author.organization})` : ''} ·{' '}
        <SubmittedOn createdAt={proposal.createdAt} /> ·{' '}
        <CommentCounts inFavor={proposal.commentsInFavor} against={proposal.commentsAgainst} />
      </p>
      <div className="support-live" aria-live="polite">
        <SupportBar up={counts.upvotes} down={counts.downvotes} />
        {live && (
          <span className="live" title={t('live.label')}>
            {t('live.on')}
          </span>
        )}
      </div>
      <CurrentFollowUp proposalId={proposal.id} />
      {proposal.status === 'WITHDRAWN' && <p className="notice">{t('proposal.withdrawn')}</p>}
      {proposal.status === 'HIDDEN' && <p className="notice">{t('proposal.hidden')}</p>}
      {proposal.status === 'MERGED' && (
        <p className="notice">
          {t('proposal.merged')}{' '}
          {proposal.mergedInto && (
            <Link to={`/voorstel/${proposal.mergedInto}`}>{t('proposal.mergedLink')}</Link>
          )}
        </p>
      )}
      {isAuthor ? (
        <p className="meta">{t('browse.ownSuggestion')}</p>
      ) : session ? (
        proposal.status === 'PUBLISHED' && (
          <VoteButtons proposalId={proposal.id} myVote={proposal.myVote ?? null} />
        )
      ) : (
        <p>
          <Link to={signInPath(pathname)}>{t('vote.signIn')}</Link>
        </p>
      )}
      {session && <FollowButton targetId={proposal.id} kind="proposal" />}
      {/* Markdown without raw HTML: react-markdown renders no HTML from the text. */}
      <Markdown>{proposal.body}</Markdown>
      <SectorSupport support={proposal.supportBySector} sectors={data.sectors} />
      {isAuthor && proposal.status === 'PUBLISHED' && (
        <AuthorActions proposal={{ ...proposal, editableUntil: counts.editableUntil }} />
      )}
      {session && (
        <ModerationActions
          proposalId={proposal.id}
          status={proposal.status}
          canModerate={isModerator}
          isAuthor={isAuthor}
          myFlag={proposal.myFlag ?? null}
        />
      )}
      {isModerator && proposal.status === 'PUBLISHED' && <MergeForm proposal={proposal} />}
      {proposal.includedIn.length > 0 && (
        <section>
          <h2>{t('proposal.includedIn')}</h2>
          <ul>
            {proposal.includedIn.map((list) => (
              <li key={list.slug}>
                <Link to={`/lijsten/${list.slug}`}>{list.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Journey proposalId={proposal.id} />
      <Discussion
        targetId={proposal.id}
        count={proposal.commentCount}
        closed={proposal.status !== 'PUBLISHED'}
        returnTo={`${pathname}#discussie-${proposal.id}`}
        onArrival={reload}
      />
    </article>
  );
}
