import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge, Card } from '../components';
import { formatDate, formatPercent } from '../format';
import { graphql } from '../gql';
import type { ProposalCardFieldsFragment } from '../gql/graphql';
import { currentLanguage } from '../i18n';
import { CommentCounts } from './CommentCounts';

/** What a card shows of a suggestion: every list of suggestions asks for `...ProposalCardFields`. */
graphql(`
  fragment ProposalCardFields on Proposal {
    id
    title
    createdAt
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
`);

/** When a suggestion was submitted, as a date in the reader's language, readable by machines too. */
export function SubmittedOn({ createdAt }: { createdAt: string }) {
  const { t } = useTranslation();
  return (
    <time dateTime={createdAt}>
      {t('browse.submittedOn', { date: formatDate(createdAt, currentLanguage()) })}
    </time>
  );
}

/**
 * The share of votes in favour as a bar, with the numbers in words beside it: the bar is a picture
 * of the text, so assistive technology reads the text alone.
 */
export function SupportBar({ up, down }: { up: number; down: number }) {
  const { t } = useTranslation();
  const total = up + down;
  const share = total === 0 ? 0 : up / total;
  return (
    <p className="support">
      <span className="support-bar" aria-hidden="true">
        <span className="support-bar-up" style={{ width: `${share * 100}%` }} />
      </span>{' '}
      <span className="support-text">
        {total === 0 ? (
          t('browse.noVotes')
        ) : (
          <>
            {t('browse.supportShare', { share: formatPercent(share, currentLanguage()) })} (
            <span className="votes">{t('proposal.votes', { up, down })}</span>)
          </>
        )}
      </span>
    </p>
  );
}

/** One suggestion in a list: title, theme, author, date, support and comments. */
export function ProposalCard({
  proposal,
  heading: Heading = 'h2',
  children,
}: {
  proposal: ProposalCardFieldsFragment;
  /** h2 in a page's list, h3 inside a section that has its own h2. */
  heading?: 'h2' | 'h3';
  /** Anything the list adds about this suggestion, such as your vote. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { author, theme } = proposal;
  return (
    <Card as="li" className="proposal-card">
      <Heading>
        <Link to={`/voorstel/${proposal.id}`}>{proposal.title}</Link>
      </Heading>
      <p className="meta">
        {theme && (
          <>
            <Badge tone="accent">{theme.name}</Badge>{' '}
          </>
        )}
        {t('proposals.by', { name: author?.displayName ?? t('proposals.removedMember') })}
        {author?.organization ? ` (${author.organization})` : ''} ·{' '}
        <SubmittedOn createdAt={proposal.createdAt} />
      </p>
      <SupportBar up={proposal.upvotes} down={proposal.downvotes} />
      <p className="meta">
        <CommentCounts inFavor={proposal.commentsInFavor} against={proposal.commentsAgainst} />
      </p>
      {children}
    </Card>
  );
}
