import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Badge, Button, Card, FormField } from '../components';
import { ErrorMessage } from '../errors';
import { graphql } from '../gql';
import type { WorkbenchQuery } from '../gql/graphql';
import type { SectorName } from '../sectors';
import { itemFromCluster, MAX_SUGGESTIONS_PER_ITEM } from '../workbench';
import { SectorBars } from './SectorBars';

const ADD_ITEM = graphql(`
  mutation AddDraftItem($listId: ID!, $input: CuratedListItemInput!) {
    addDraftItem(listId: $listId, input: $input) {
      id
      items {
        id
      }
    }
  }
`);

export type Cluster = WorkbenchQuery['proposalClusters']['clusters'][number];

export interface DraftTarget {
  id: string;
  title: string;
}

/**
 * One group of similar suggestions: what it is about, who supports it, its suggestions, and a form
 * that makes a draft item of it linking all of them.
 */
export function ClusterCard({
  cluster,
  sectors,
  draft,
  linked,
  onAdded,
}: {
  cluster: Cluster;
  sectors: readonly SectorName[];
  /** The list whose draft gets the item; none when there is no list yet. */
  draft: DraftTarget | null;
  /** Suggestions linked in an item of a draft. */
  linked: ReadonlySet<string>;
  onAdded: (clusterId: string) => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<{ title: string; body: string } | null>(null);
  const [addedTitle, setAddedTitle] = useState<string | null>(null);
  const [added, addItem] = useMutation(ADD_ITEM);
  const headingId = `cluster-${cluster.id}`;
  const used = cluster.linkedInDraft || cluster.proposals.some((proposal) => linked.has(proposal.id));

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!draft || !form) return;
    const { proposalIds } = itemFromCluster(cluster);
    void addItem({ listId: draft.id, input: { ...form, proposalIds } }).then((result) => {
      if (!result.error) {
        setAddedTitle(form.title);
        setForm(null);
        onAdded(cluster.id);
      }
    });
  };

  return (
    <Card as="li" className="cluster">
      <h2 id={headingId}>
        {cluster.label}
        {used && (
          <>
            {' '}
            <Badge tone="accent">{t('workbench.used')}</Badge>
          </>
        )}
      </h2>
      <p className="meta">
        {t('workbench.size', { count: cluster.size })} ·{' '}
        {t('workbench.supporters', { count: cluster.supporters })} ·{' '}
        <span className="votes">{t('proposal.votes', { up: cluster.upvotes, down: cluster.downvotes })}</span>
      </p>
      {cluster.keywords.length > 0 && (
        <p className="keywords">
          <span className="visually-hidden">{t('workbench.keywords')}: </span>
          {cluster.keywords.map((keyword) => (
            <span key={keyword} className="keyword">
              {keyword}
            </span>
          ))}
        </p>
      )}
      <SectorBars support={cluster.sectors} sectors={sectors} />
      <details>
        <summary>{t('workbench.showSuggestions', { count: cluster.size })}</summary>
        <ul className="cluster-suggestions">
          {cluster.proposals.map((proposal) => (
            <SuggestionLine key={proposal.id} proposal={proposal} linked={linked.has(proposal.id)} />
          ))}
        </ul>
      </details>
      {addedTitle !== null && (
        <p role="status">{t('workbench.added', { title: addedTitle, list: draft?.title ?? '' })}</p>
      )}
      {form ? (
        <form onSubmit={onSubmit} aria-label={t('workbench.itemForm', { label: cluster.label })}>
          <FormField label={t('workbench.itemTitle')}>
            {(control) => (
              <input
                required
                minLength={2}
                maxLength={200}
                value={form.title}
                onChange={(event) => setForm({ ...form, title: event.target.value })}
                {...control}
              />
            )}
          </FormField>
          <FormField label={t('workbench.itemBody')}>
            {(control) => (
              <textarea
                rows={5}
                maxLength={10_000}
                value={form.body}
                onChange={(event) => setForm({ ...form, body: event.target.value })}
                {...control}
              />
            )}
          </FormField>
          <p className="meta">
            {t('workbench.willLink', {
              count: Math.min(cluster.proposals.length, MAX_SUGGESTIONS_PER_ITEM),
              list: draft?.title ?? '',
            })}
          </p>
          <ErrorMessage error={added.error} />
          <Button type="submit" disabled={added.fetching || !draft}>
            {t('workbench.addItem')}
          </Button>{' '}
          <Button variant="secondary" onClick={() => setForm(null)}>
            {t('workbench.cancel')}
          </Button>
        </form>
      ) : (
        <Button
          disabled={!draft}
          onClick={() => {
            const { title, body } = itemFromCluster(cluster);
            setForm({ title, body });
          }}
        >
          {t('workbench.makeItem')}
          <span className="visually-hidden">: {cluster.label}</span>
        </Button>
      )}
    </Card>
  );
}

/** One suggestion in a workbench list: its title, its votes, and whether a draft links it. */
export function SuggestionLine({
  proposal,
  linked,
}: {
  proposal: { id: string; title: string; upvotes: number; downvotes: number };
  linked: boolean;
}) {
  const { t } = useTranslation();
  return (
    <li>
      <Link to={`/voorstel/${proposal.id}`}>{proposal.title}</Link>{' '}
      <span className="meta votes">
        {t('proposal.votes', { up: proposal.upvotes, down: proposal.downvotes })}
      </span>
      {linked && (
        <>
          {' '}
          <Badge tone="accent">{t('workbench.linked')}</Badge>
        </>
      )}
    </li>
  );
}
