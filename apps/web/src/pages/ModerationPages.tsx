import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button, EmptyState } from '../components';
import { formatDate } from '../format';
import { currentLanguage } from '../i18n';
import { ReasonForm } from './CommentView';
import { Status } from './Status';
import { ErrorMessage } from '../errors';
import { graphql } from '../gql';
import { usePageTitle } from '../notice';
import { COMMENT_QUERY_CONTEXT } from './commentDocuments';
import { FlaggedComments } from './FlaggedComments';
import { FlaggedProposals } from './FlaggedProposals';
import { FLAG_PROPOSAL, HIDE_PROPOSAL, UNHIDE_PROPOSAL } from './proposalModeration';

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

/**
 * Members report someone else's suggestion; moderators hide it with a reason of their own or
 * publish it again. Each asks for its reason in its own form, opened by its own button.
 */
export function ModerationActions({
  proposalId,
  status,
  canModerate,
  isAuthor,
  myFlag,
}: {
  proposalId: string;
  status: string;
  canModerate: boolean;
  isAuthor: boolean;
  /** The viewer's own report, which takes the place of a second one. */
  myFlag: { reason: string; at: string } | null;
}) {
  const { t } = useTranslation();
  const [flag, flagProposal] = useMutation(FLAG_PROPOSAL);
  const [hide, hideProposal] = useMutation(HIDE_PROPOSAL);
  const [unhide, unhideProposal] = useMutation(UNHIDE_PROPOSAL);
  const [flagged, setFlagged] = useState(false);
  const canFlag = !isAuthor && status === 'PUBLISHED';
  if (!canFlag && !canModerate) return null;
  return (
    <div className="moderation-actions">
      {canFlag &&
        (flagged ? (
          <p role="status">{t('reports.flagged')}</p>
        ) : myFlag ? (
          <p className="meta">
            {t('reports.alreadyFlagged', { date: formatDate(myFlag.at, currentLanguage()) })}{' '}
            {t('reports.yourReason', { reason: myFlag.reason })}
          </p>
        ) : (
          <ReasonForm
            label={t('reports.flag')}
            formLabel={t('reports.flagForm')}
            reasonLabel={t('reports.flagReason')}
            submitLabel={t('reports.sendFlag')}
            busy={flag.fetching}
            error={flag.error}
            onSubmit={(reason) =>
              void flagProposal({ id: proposalId, reason }).then((result) => {
                if (!result.error) setFlagged(true);
              })
            }
          />
        ))}{' '}
      {canModerate && status === 'PUBLISHED' && (
        <ReasonForm
          label={t('reports.hide')}
          formLabel={t('reports.hideForm')}
          reasonLabel={t('reports.hideReason')}
          submitLabel={t('reports.confirmHide')}
          busy={hide.fetching}
          error={hide.error}
          onSubmit={(reason) => void hideProposal({ id: proposalId, reason })}
        />
      )}
      {canModerate && status === 'HIDDEN' && (
        <>
          <Button
            variant="secondary"
            disabled={unhide.fetching}
            onClick={() => void unhideProposal({ id: proposalId })}
          >
            {t('reports.unhide')}
          </Button>
          <ErrorMessage error={unhide.error} />
        </>
      )}
    </div>
  );
}

/** Moderators: hidden suggestions and reported comments waiting for a decision, and the audit log. */
export function ModerationPage() {
  const { t } = useTranslation();
  usePageTitle(t('moderation.title'));
  // Hiding a comment from the queue below adds to the audit log.
  const [{ data, fetching, error }] = useQuery({
    query: QUEUE,
    requestPolicy: 'network-only',
    context: COMMENT_QUERY_CONTEXT,
  });
  const [, unhideProposal] = useMutation(UNHIDE_PROPOSAL);
  return (
    <>
      <h1>{t('moderation.title')}</h1>
      <Status fetching={fetching && !data} error={error} />
      <FlaggedProposals />
      <h2>{t('moderation.hidden')}</h2>
      {data?.proposals.edges.length === 0 && <EmptyState>{t('moderation.nothingHidden')}</EmptyState>}
      <ul>
        {data?.proposals.edges.map(({ node }) => (
          <li key={node.id}>
            <Link to={`/voorstel/${node.id}`}>{node.title}</Link>{' '}
            <Button variant="secondary" size="small" onClick={() => void unhideProposal({ id: node.id })}>
              {t('moderation.unhide')}
            </Button>
          </li>
        ))}
      </ul>
      <FlaggedComments />
      <h2>{t('moderation.auditLog')}</h2>
      {data?.auditLog.edges.length === 0 && <EmptyState>{t('moderation.emptyAuditLog')}</EmptyState>}
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
