import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useAuth } from '../auth';
import { Status } from './Status';
import { ModerationActions } from './ModerationPages';
import { VoteButtons } from './VoteButtons';

const PROPOSAL = `query Proposal($id: ID!) {
  proposal(id: $id) {
    id title body upvotes downvotes myVote status createdAt
    theme { name }
    author { displayName organization }
    includedIn { slug title version }
  }
}`;

interface ProposalData {
  proposal: {
    id: string;
    myVote: 'UP' | 'DOWN' | null;
    status: string;
    title: string;
    body: string;
    upvotes: number;
    downvotes: number;
    theme: { name: string } | null;
    author: { displayName: string; organization: string | null } | null;
    includedIn: { slug: string; title: string; version: number }[];
  } | null;
}

export function ProposalPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { session } = useAuth();
  const [{ data, fetching, error }] = useQuery<ProposalData>({
    query: PROPOSAL,
    variables: { id, language: i18n.language, user: session?.user.id },
  });
  const proposal = data?.proposal;
  if (!proposal) {
    return data ? <p>{t('proposal.notFound')}</p> : <Status fetching={fetching} error={error} />;
  }
  return (
    <article>
      <h1>{proposal.title}</h1>
      <p className="meta">
        {proposal.theme?.name} · {t('proposals.by', { name: proposal.author?.displayName ?? '?' })} ·{' '}
        <span className="votes">
          {t('proposal.votes', { up: proposal.upvotes, down: proposal.downvotes })}
        </span>
      </p>
      {session ? (
        <VoteButtons proposalId={proposal.id} myVote={proposal.myVote} />
      ) : (
        <p>{t('vote.signIn')}</p>
      )}
      {/* Markdown without raw HTML: react-markdown renders no HTML from the text. */}
      <Markdown>{proposal.body}</Markdown>
      {session && (
        <ModerationActions
          proposalId={proposal.id}
          status={proposal.status}
          canModerate={session.user.roles.some((role) => role === 'MODERATOR' || role === 'ADMIN')}
        />
      )}
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
    </article>
  );
}
