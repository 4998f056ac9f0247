import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../format';
import { currentLanguage } from '../i18n';
import { useLimits } from '../limits';
import { ReasonInput } from './ReasonInput';
import { Status } from './Status';
import { ErrorMessage } from '../errors';
import { graphql } from '../gql';
import { COMMENT_QUERY_CONTEXT } from './commentDocuments';
import { FlaggedComments } from './FlaggedComments';

const FLAG = graphql(`
  mutation Flag($id: ID!, $reason: String!) {
    flagProposal(id: $id, reason: $reason)
  }
`);
const HIDE = graphql(`
  mutation Hide($id: ID!, $reason: String!) {
    hideProposal(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
const UNHIDE = graphql(`
  mutation Unhide($id: ID!) {
    unhideProposal(id: $id) {
      id
      status
    }
  }
`);
const QUEUE = graphql(`
  query Queue {
    proposals(sort: NEWEST, first: 50, filter: { status: HIDDEN }) {
      edges {
        node {
          id
          title
        }
      }
    }
    auditLog(first: 50) {
      edges {
        node {
          id
          at
          action
          reason
          actor {
            displayName
          }
          proposal {
            id
            title
          }
        }
      }
    }
  }
`);

/** Members report a suggestion; moderators hide it (with a reason) or publish it again. */
export function ModerationActions({
  proposalId,
  status,
  canModerate,
}: {
  proposalId: string;
  status: string;
  canModerate: boolean;
}) {
  const { t } = useTranslation();
  const limits = useLimits();
  const [reason, setReason] = useState('');
  const [flag, flagProposal] = useMutation(FLAG);
  const [hide, hideProposal] = useMutation(HIDE);
  const [unhide, unhideProposal] = useMutation(UNHIDE);
  const [done, setDone] = useState<string | null>(null);
  const error = flag.error ?? hide.error ?? unhide.error;
  const onFlag = (event: SyntheticEvent) => {
    event.preventDefault();
    void flagProposal({ id: proposalId, reason }).then((result) => {
      if (!result.error) setDone(t('moderation.flagged'));
    });
  };
  return (
    <form className="card" onSubmit={onFlag} aria-label={t('moderation.title')}>
      <label>
        {t('moderation.reason')}
        <ReasonInput value={reason} onChange={setReason} />
      </label>
      <button type="submit" disabled={flag.fetching}>
        {t('moderation.flag')}
      </button>{' '}
      {canModerate && status === 'PUBLISHED' && (
        <button
          type="button"
          disabled={hide.fetching || reason.length < (limits?.reason.min ?? 1)}
          onClick={() => void hideProposal({ id: proposalId, reason })}
        >
          {t('moderation.hide')}
        </button>
      )}
      {canModerate && status === 'HIDDEN' && (
        <button
          type="button"
          disabled={unhide.fetching}
          onClick={() => void unhideProposal({ id: proposalId })}
        >
          {t('moderation.unhide')}
        </button>
      )}
      {done && <p role="status">{done}</p>}
      <ErrorMessage error={error} />
    </form>
  );
}

/** Moderators: hidden suggestions and reported comments waiting for a decision, and the audit log. */
export function ModerationPage() {
  const { t } = useTranslation();
  // Hiding a comment from the queue below adds to the audit log.
  const [{ data, fetching, error }] = useQuery({
    query: QUEUE,
    requestPolicy: 'network-only',
    context: COMMENT_QUERY_CONTEXT,
  });
  const [, unhideProposal] = useMutation(UNHIDE);
  return (
    <>
      <h1>{t('moderation.title')}</h1>
      <Status fetching={fetching && !data} error={error} />
      <h2>{t('moderation.hidden')}</h2>
      {data?.proposals.edges.length === 0 && <p>{t('moderation.nothingHidden')}</p>}
      <ul>
        {data?.proposals.edges.map(({ node }) => (
          <li key={node.id}>
            <Link to={`/voorstel/${node.id}`}>{node.title}</Link>{' '}
            <button type="button" onClick={() => void unhideProposal({ id: node.id })}>
              {t('moderation.unhide')}
            </button>
          </li>
        ))}
      </ul>
      <FlaggedComments />
      <h2>{t('moderation.auditLog')}</h2>
      <ol>
        {data?.auditLog.edges.map(({ node }) => (
          <li key={node.id}>
            {formatDate(node.at, currentLanguage())} — {t(`moderation.actions.${node.action}`)}:{' '}
            {node.action.endsWith('_COMMENT')
              ? node.proposal
                ? t('moderation.commentOn', { title: node.proposal.title })
                : t('moderation.aComment')
              : (node.proposal?.title ?? '?')}
            {node.reason ? ` (${node.reason})` : ''} — {node.actor?.displayName ?? t('moderation.automatic')}
          </li>
        ))}
      </ol>
    </>
  );
}
