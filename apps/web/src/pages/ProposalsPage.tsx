import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Button, EmptyState, FormField } from '../components';
import { graphql } from '../gql';
import type { ProposalFilter } from '../gql/graphql';
import { usePageTitle } from '../notice';
import { ProposalCard } from './ProposalCard';
import { Status } from './Status';

const SORTS = [
  'HOT',
  'TOP',
  'CONFIDENCE',
  'CONSENSUS',
  'PAIRWISE',
  'NEWEST',
  'CONTROVERSIAL',
  'RANDOM',
] as const;
type Sort = (typeof SORTS)[number];

/** Suggestions per page; the API gives at most 50. */
const PAGE_SIZE = 20;

/**
 * The list's state lives in the address, so that Back, reload and a shared link show the same
 * list: ?volgorde=TOP&thema=<slug>&zoek=<words>&paginas=<pages loaded>.
 */
const PARAMETER = { sort: 'volgorde', theme: 'thema', search: 'zoek', pages: 'paginas' } as const;

const PROPOSALS = graphql(`
  query Proposals($sort: ProposalSort, $filter: ProposalFilter, $first: Int, $after: String, $seed: Int) {
    proposals(sort: $sort, filter: $filter, first: $first, after: $after, seed: $seed) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ProposalCardFields
        }
      }
    }
  }
`);

const THEMES = graphql(`
  query ListThemes {
    themes {
      id
      slug
      name
    }
  }
`);

interface Listing {
  sort: Sort;
  filter: ProposalFilter;
}

export function ProposalsPage() {
  const { t } = useTranslation();
  usePageTitle(t('proposals.title'));
  const [parameters, setParameters] = useSearchParams();
  const sort = SORTS.find((value) => value === parameters.get(PARAMETER.sort)) ?? 'HOT';
  const themeSlug = parameters.get(PARAMETER.theme) ?? '';
  const search = parameters.get(PARAMETER.search) ?? '';
  const pages = Math.max(1, Math.floor(Number(parameters.get(PARAMETER.pages))) || 1);
  const [{ data: themes }] = useQuery({ query: THEMES });
  const themeId = themes?.themes.find((theme) => theme.slug === themeSlug)?.id ?? null;
  // A theme in the address is filtered on once the themes are known, never ignored meanwhile.
  const waitingForTheme = themeSlug !== '' && themes === undefined;
  const listing: Listing = { sort, filter: { themeId, search: search || null } };
  const [{ data, fetching, error }] = useQuery({
    query: PROPOSALS,
    variables: { ...listing, first: PAGE_SIZE, seed: 1 },
    pause: waitingForTheme,
  });
  const totalCount = data?.proposals.totalCount ?? 0;
  const shown = Math.min(totalCount, pages * PAGE_SIZE);
  useScrollRestoredWhenShown(data !== undefined && shown > 0 ? shown : null);

  /** Another order, theme or search starts again at the first page; typing replaces the entry. */
  const change = (name: string, value: string, replace = false) => {
    const next = latestParameters();
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete(PARAMETER.pages);
    setParameters(next, { replace });
  };
  const showMore = () => {
    const next = latestParameters();
    next.set(PARAMETER.pages, String(pages + 1));
    setParameters(next, { replace: true, preventScrollReset: true });
  };

  const first = data?.proposals;
  const next = first?.pageInfo.hasNextPage ? (first.pageInfo.endCursor ?? null) : null;
  return (
    <>
      <h1>{t('proposals.title')}</h1>
      <div className="controls">
        <FormField label={t('proposals.sort')}>
          {(control) => (
            <select
              {...control}
              value={sort}
              aria-describedby="sort-help"
              onChange={(event) =>
                change(PARAMETER.sort, event.target.value === 'HOT' ? '' : event.target.value)
              }
            >
              {SORTS.map((value) => (
                <option key={value} value={value} title={t(`sortHelp.${value}`)}>
                  {t(`sort.${value}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('proposals.theme')}>
          {(control) => (
            <select
              {...control}
              value={themeSlug}
              onChange={(event) => change(PARAMETER.theme, event.target.value)}
            >
              <option value="">{t('proposals.allThemes')}</option>
              {themes?.themes.map((theme) => (
                <option key={theme.id} value={theme.slug}>
                  {theme.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('proposals.search')}>
          {(control) => (
            <input
              {...control}
              type="search"
              value={search}
              onChange={(event) => change(PARAMETER.search, event.target.value, true)}
            />
          )}
        </FormField>
      </div>
      <p id="sort-help" className="meta">
        {t(`sortHelp.${sort}`)}
      </p>
      <Status fetching={fetching && !data} error={error} />
      {first && (
        <>
          <p className="meta" aria-live="polite">
            {t('proposals.count', { count: totalCount })}
            {totalCount > shown && <> · {t('browse.shown', { shown, total: totalCount })}</>}
          </p>
          {first.edges.length === 0 && <EmptyState>{t('proposals.empty')}</EmptyState>}
          <ol className="proposal-cards">
            {first.edges.map(({ node }) => (
              <ProposalCard key={node.id} proposal={node} />
            ))}
            {next !== null && pages > 1 && <NextPages listing={listing} after={next} remaining={pages - 1} />}
          </ol>
          {shown < totalCount && <Button onClick={showMore}>{t('proposals.more')}</Button>}
        </>
      )}
    </>
  );
}

/**
 * The address's parameters as they are now. The router writes the address at once but renders
 * later, so two changes in a row (type, then pick a theme) would otherwise start from the same
 * rendered parameters and the second would undo the first.
 */
const latestParameters = () => new URLSearchParams(window.location.search);

/**
 * The pages after the first, each asked with the cursor the one before it ended at; every page
 * keeps its own cached query, so loading more (or coming Back) never fetches earlier pages again.
 */
function NextPages({ listing, after, remaining }: { listing: Listing; after: string; remaining: number }) {
  const [{ data, fetching, error }] = useQuery({
    query: PROPOSALS,
    variables: { ...listing, first: PAGE_SIZE, after, seed: 1 },
  });
  const page = data?.proposals;
  if (!page) {
    return (
      <li>
        <Status fetching={fetching} error={error} />
      </li>
    );
  }
  const next = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
  return (
    <>
      {page.edges.map(({ node }) => (
        <ProposalCard key={node.id} proposal={node} />
      ))}
      {next !== null && remaining > 1 && (
        <NextPages listing={listing} after={next} remaining={remaining - 1} />
      )}
    </>
  );
}

/**
 * Back to the list scrolls to where the reader was: the position is kept per history entry and
 * put back once as many suggestions show as then (the pages come from the cache or the API).
 */
function useScrollRestoredWhenShown(shown: number | null) {
  const { key } = useLocation();
  const storageKey = `proposals-scroll:${key}`;
  const restored = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (shown === null || restored.current === storageKey) return;
    const saved = sessionStorage.getItem(storageKey);
    if (saved === null) {
      restored.current = storageKey;
      return;
    }
    const [y, count] = saved.split(':').map(Number);
    if (document.querySelectorAll('.proposal-cards > li.card').length >= (count ?? 0)) {
      restored.current = storageKey;
      window.scrollTo(0, y ?? 0);
    }
  });
  useLayoutEffect(() => {
    const save = () =>
      sessionStorage.setItem(
        storageKey,
        `${window.scrollY}:${document.querySelectorAll('.proposal-cards > li.card').length}`,
      );
    window.addEventListener('scroll', save, { passive: true });
    return () => window.removeEventListener('scroll', save);
  }, [storageKey]);
}
