import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Button, Card, FormField } from '../components';
import { ErrorMessage } from '../errors';
import { graphql } from '../gql';
import { useDebounced } from './SubmitPage';

const CANDIDATES = graphql(`
  query MergeCandidates($search: String!) {
    proposals(sort: TOP, first: 10, filter: { search: $search }) {
      edges {
        node {
          id
          title
          upvotes
          downvotes
        }
      }
    }
  }
`);
const MERGE = graphql(`
  mutation MergeProposal($id: ID!, $intoId: ID!) {
    mergeProposal(id: $id, intoId: $intoId) {
      id
      status
      mergedInto
    }
  }
`);

/** Moderators: mark this suggestion as a duplicate of another, which gets its votes. */
export function MergeForm({ proposal }: { proposal: { id: string; title: string } }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const text = useDebounced(search.trim(), 300);
  const [into, setInto] = useState<{ id: string; title: string } | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: CANDIDATES,
    variables: { search: text },
    pause: text.length < 3,
  });
  const [merged, merge] = useMutation(MERGE);
  const candidates = data?.proposals.edges.filter(({ node }) => node.id !== proposal.id) ?? [];
  return (
    <Card aria-labelledby="merge-title">
      <h2 id="merge-title">{t('merge.title')}</h2>
      <FormField label={t('merge.search')}>
        {(control) => (
          <input {...control} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        )}
      </FormField>
      <div aria-live="polite">
        {fetching && <p>{t('loading')}</p>}
        {data && candidates.length === 0 && <p>{t('merge.none')}</p>}
      </div>
      <ErrorMessage error={error} />
      <ul>
        {candidates.map(({ node }) => (
          <li key={node.id}>
            {node.title} ({t('proposal.votes', { up: node.upvotes, down: node.downvotes })}){' '}
            <Button onClick={() => setInto(node)} aria-pressed={into?.id === node.id}>
              {t('merge.choose', { title: node.title })}
            </Button>
          </li>
        ))}
      </ul>
      {into && (
        <p>
          {t('merge.confirm', { from: proposal.title, into: into.title })}{' '}
          <Button disabled={merged.fetching} onClick={() => void merge({ id: proposal.id, intoId: into.id })}>
            {t('merge.submit')}
          </Button>
        </p>
      )}
      <ErrorMessage error={merged.error} />
    </Card>
  );
}
