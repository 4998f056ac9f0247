import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button, Card, EmptyState } from '../components';
import { ErrorMessage } from '../errors';
import { graphql } from '../gql';
import type { FlaggedProposalsQuery } from '../gql/graphql';
import { ReasonForm } from './CommentView';
import { HIDE_PROPOSAL, UNHIDE_PROPOSAL } from './proposalModeration';
import { Status } from './Status';

const FLAGGED_PROPOSALS = graphql(`
  query FlaggedProposals($after: String) {
    flaggedProposals(first: 50, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          body
          status
          flagCount
          flagReasons
          author {
            id
            displayName
          }
        }
      }
    }
  }
`);
const CLEAR_FLAGS = graphql(`
  mutation ClearProposalFlags($id: ID!) {
    clearProposalFlags(id: $id) {
      id
      status
    }
  }
`);

/** A decision returns the suggestion; naming the type refetches the queue, also once it is empty. */
const QUEUE_CONTEXT = { additionalTypenames: ['Proposal'] };

type Flagged = FlaggedProposalsQuery['flaggedProposals']['edges'][number]['node'];

function FlaggedProposal({ proposal }: { proposal: Flagged }) {
  const { t } = useTranslation();
  const [hidden, hide] = useMutation(HIDE_PROPOSAL);
  const [unhidden, unhide] = useMutation(UNHIDE_PROPOSAL);
  const [cleared, clear] = useMutation(CLEAR_FLAGS);
  return (
    <Card as="li" className="flagged-proposal">
      <h3>
        <Link to={`/voorstel/${proposal.id}`}>{proposal.title}</Link>
      </h3>
      <p className="meta">
        {proposal.author?.displayName ?? t('proposals.removedMember')} ·{' '}
        {t('reports.flagCount', { count: proposal.flagCount ?? 0 })}
        {proposal.status === 'HIDDEN' && <> · {t('reports.autoHidden')}</>}
      </p>
      <details>
        <summary>{t('reports.text')}</summary>
        <Markdown>{proposal.body}</Markdown>
      </details>
      <p className="meta">{t('reports.reasons')}</p>
      <ul>
        {(proposal.flagReasons ?? []).map((reason, index) => (
          <li key={index}>{reason}</li>
        ))}
      </ul>
      {proposal.status === 'HIDDEN' ? (
        <Button disabled={unhidden.fetching} onClick={() => void unhide({ id: proposal.id })}>
          {t('reports.unhide')}
        </Button>
      ) : (
        <>
          <Button
            variant="secondary"
            disabled={cleared.fetching}
            onClick={() => void clear({ id: proposal.id })}
          >
            {t('reports.clear')}
          </Button>{' '}
          <ReasonForm
            label={t('reports.hide')}
            formLabel={t('reports.hideFormOf', { title: proposal.title })}
            reasonLabel={t('reports.hideReason')}
            submitLabel={t('reports.confirmHide')}
            busy={hidden.fetching}
            error={hidden.error}
            onSubmit={(reason) => void hide({ id: proposal.id, reason })}
          />
        </>
      )}
      <ErrorMessage error={unhidden.error ?? cleared.error} />
    </Card>
  );
}

/** Moderators: reported suggestions not decided on yet, most reports first. */
export function FlaggedProposals() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: FLAGGED_PROPOSALS,
    requestPolicy: 'network-only',
    context: QUEUE_CONTEXT,
  });
  return (
    <section aria-labelledby="flagged-proposals">
      <h2 id="flagged-proposals">
        {t('reports.queueTitle')}
        {data && (
          <span className="meta">
            {' '}
            ({t('comments.flaggedCount', { count: data.flaggedProposals.totalCount })})
          </span>
        )}
      </h2>
      <Status fetching={fetching && !data} error={error} />
      {data?.flaggedProposals.edges.length === 0 && <EmptyState>{t('reports.nothingFlagged')}</EmptyState>}
      <ul className="plain">
        {data?.flaggedProposals.edges.map(({ node }) => (
          <FlaggedProposal key={node.id} proposal={node} />
        ))}
      </ul>
    </section>
  );
}
