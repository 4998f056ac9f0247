import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useAuth } from '../auth';
import { Card, EmptyState, FormField } from '../components';
import { graphql } from '../gql';
import { usePageTitle } from '../notice';
import { API_DEFAULT_GRANULARITY, visibleClusters } from '../workbench';
import { ClusterCard, SuggestionLine } from './ClusterCard';
import { DraftScores } from './DraftScores';
import { Status } from './Status';

const WORKBENCH = graphql(`
  query Workbench($filter: ProposalFilter, $granularity: Float) {
    proposalClusters(filter: $filter, granularity: $granularity) {
      proposalCount
      computedAt
      clusters {
        id
        label
        keywords
        size
        supporters
        upvotes
        downvotes
        linkedInDraft
        linkedProposalIds
        sectors {
          sector
          up
          down
        }
        proposals {
          id
          title
          body
          upvotes
          downvotes
        }
      }
      unclustered {
        id
        title
        upvotes
        downvotes
      }
    }
  }
`);
const SETUP = graphql(`
  query WorkbenchSetup {
    themes {
      id
      name
    }
    sectors {
      slug
      name
      position
    }
    drafts: curatedLists(status: DRAFT, first: 50) {
      edges {
        node {
          id
          slug
          title
        }
      }
    }
  }
`);
const DRAFT = graphql(`
  query WorkbenchDraft($slug: String!) {
    draft: curatedList(slug: $slug, draft: true) {
      id
      slug
      title
      items {
        id
        title
        proposals {
          id
          title
          pairwiseScore
          consensus
        }
      }
    }
  }
`);

/** How long the slider rests before the clusters are asked for again. */
const SETTLE_MS = 300;

function useSettled<Value>(value: Value, delay: number): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** Editors: from hundreds of suggestions to a handful of list items, cluster by cluster. */
export function WorkbenchPage() {
  const { t } = useTranslation();
  usePageTitle(t('workbench.title'));
  const { session } = useAuth();
  const isEditor = session?.user.roles.some((role) => role === 'EDITOR' || role === 'ADMIN') ?? false;
  const [themeId, setThemeId] = useState('');
  /** Null until the editor moves the slider: the API then uses its default. */
  const [granularity, setGranularity] = useState<number | null>(null);
  const [unusedOnly, setUnusedOnly] = useState(false);
  const [minSupporters, setMinSupporters] = useState(0);
  const [draftSlug, setDraftSlug] = useState('');
  const [usedHere, setUsedHere] = useState<ReadonlySet<string>>(new Set());
  const settledGranularity = useSettled(granularity, SETTLE_MS);

  const [{ data: setup }] = useQuery({ query: SETUP, pause: !isEditor, requestPolicy: 'cache-and-network' });
  const [{ data, fetching, error }, reloadClusters] = useQuery({
    query: WORKBENCH,
    pause: !isEditor,
    variables: { filter: { themeId: themeId || null }, granularity: settledGranularity },
    requestPolicy: 'cache-and-network',
  });
  const drafts = setup?.drafts.edges.map((edge) => edge.node) ?? [];
  const chosenSlug = draftSlug || drafts[0]?.slug || '';
  const [{ data: draftData }, reloadDraft] = useQuery({
    query: DRAFT,
    variables: { slug: chosenSlug },
    pause: !isEditor || !chosenSlug,
    requestPolicy: 'cache-and-network',
  });
  const draft = draftData?.draft ?? null;

  if (!isEditor) return <p>{t('workbench.editorsOnly')}</p>;

  const linked = new Set([
    ...(data?.proposalClusters.clusters.flatMap((cluster) => cluster.linkedProposalIds) ?? []),
    ...(draft?.items.flatMap((item) => item.proposals.map((proposal) => proposal.id)) ?? []),
  ]);
  const clusters = visibleClusters(
    (data?.proposalClusters.clusters ?? []).map((cluster) => ({
      ...cluster,
      linkedInDraft: cluster.linkedInDraft || usedHere.has(cluster.id),
    })),
    { unusedOnly, minSupporters },
  );
  const unclustered = data?.proposalClusters.unclustered ?? [];

  return (
    <>
      <h1>{t('workbench.title')}</h1>
      <p>{t('workbench.intro')}</p>
      <div className="controls workbench-controls">
        <FormField label={t('proposals.theme')}>
          {(control) => (
            <select value={themeId} onChange={(event) => setThemeId(event.target.value)} {...control}>
              <option value="">{t('proposals.allThemes')}</option>
              {setup?.themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('workbench.granularity')}>
          {(control) => (
            <>
              <input
                type="range"
                min={0}
                max={1}
                step={0.1}
                value={granularity ?? API_DEFAULT_GRANULARITY}
                aria-valuetext={t('workbench.granularityValue', {
                  value: Math.round((granularity ?? API_DEFAULT_GRANULARITY) * 10),
                })}
                onChange={(event) => setGranularity(Number(event.target.value))}
                {...control}
              />
              <span className="range-ends" aria-hidden="true">
                <span>{t('workbench.fewer')}</span>
                <span>{t('workbench.more')}</span>
              </span>
            </>
          )}
        </FormField>
        <FormField label={t('workbench.minSupporters')}>
          {(control) => (
            <input
              type="number"
              min={0}
              inputMode="numeric"
              value={minSupporters}
              onChange={(event) => setMinSupporters(Math.max(0, Number(event.target.value) || 0))}
              {...control}
            />
          )}
        </FormField>
        <FormField layout="choice" label={t('workbench.unusedOnly')}>
          {(control) => (
            <input
              type="checkbox"
              checked={unusedOnly}
              onChange={(event) => setUnusedOnly(event.target.checked)}
              {...control}
            />
          )}
        </FormField>
        {drafts.length > 0 && (
          <FormField label={t('workbench.draft')}>
            {(control) => (
              <select value={chosenSlug} onChange={(event) => setDraftSlug(event.target.value)} {...control}>
                {drafts.map((list) => (
                  <option key={list.id} value={list.slug}>
                    {list.title}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      </div>
      {setup && drafts.length === 0 && (
        <p className="notice">
          {t('workbench.noDraft')} <Link to="/redactie">{t('workbench.createList')}</Link>
        </p>
      )}
      <Status fetching={fetching && !data} error={error} />
      {data && (
        <>
          <p className="meta" role="status">
            {t('workbench.summary', { count: data.proposalClusters.proposalCount })}{' '}
            {t('workbench.clusterCount', { count: clusters.length })}
          </p>
          {clusters.length === 0 && <EmptyState>{t('workbench.noClusters')}</EmptyState>}
          <ol className="clusters">
            {clusters.map((cluster) => (
              <ClusterCard
                key={cluster.id}
                cluster={cluster}
                sectors={setup?.sectors ?? []}
                draft={draft}
                linked={linked}
                onAdded={(clusterId) => {
                  setUsedHere((used) => new Set([...used, clusterId]));
                  reloadDraft({ requestPolicy: 'network-only' });
                  reloadClusters({ requestPolicy: 'network-only' });
                }}
              />
            ))}
          </ol>
          {unclustered.length > 0 && (
            <Card as="details">
              <summary>{t('workbench.unclustered', { count: unclustered.length })}</summary>
              <ul>
                {unclustered.map((proposal) => (
                  <SuggestionLine key={proposal.id} proposal={proposal} linked={linked.has(proposal.id)} />
                ))}
              </ul>
            </Card>
          )}
        </>
      )}
      {draft && <DraftScores draft={draft} />}
    </>
  );
}
