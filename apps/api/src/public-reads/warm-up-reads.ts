import type { Language } from '@app/core';

/**
 * The requests of the web client for the public first pages, exactly as it sends them (urql's
 * cacheExchange adds `__typename` and its fetchExchange prints the document; the cache key is the
 * document's text and the variables' JSON): the start-up warm-up executes these so that the first
 * readers after a restart get cached answers. `warm-up-reads.spec.ts` derives them from the web
 * client's sources and fails when they drift.
 */
export interface WarmUpRead {
  readonly query: string;
  readonly operationName: string;
  readonly variables: Record<string, unknown>;
  readonly language: Language;
}

/** The ranked page (`ProposalsPage.tsx`). */
export const PROPOSALS_DOCUMENT = `query Proposals($sort: ProposalSort, $filter: ProposalFilter, $first: Int, $after: String, $seed: Int) {
  proposals(
    sort: $sort
    filter: $filter
    first: $first
    after: $after
    seed: $seed
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      __typename
    }
    edges {
      node {
        ...ProposalCardFields
        __typename
      }
      __typename
    }
    __typename
  }
}
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
    __typename
  }
  author {
    displayName
    organization
    __typename
  }
  __typename
}`;

/** The published lists (`ListsPage.tsx`). */
export const LISTS_DOCUMENT = `query Lists {
  curatedLists(first: 50) {
    edges {
      node {
        slug
        title
        addressee
        version
        followUpSummary {
          open
          inProgress
          done
          declined
          __typename
        }
        __typename
      }
      __typename
    }
    __typename
  }
}`;

/** One published list (`ListPage.tsx`). */
export const LIST_DOCUMENT = `query List($slug: String!) {
  curatedList(slug: $slug) {
    id
    slug
    title
    description
    addressee
    version
    publishedAt
    versions {
      version
      publishedAt
      __typename
    }
    followUpSummary {
      open
      inProgress
      done
      declined
      __typename
    }
    items {
      id
      position
      title
      body
      commentCount
      suggestions {
        id
        title
        proposal {
          id
          upvotes
          __typename
        }
        __typename
      }
      followUp {
        progress
        nextReviewAt
        status {
          key
          name
          color
          __typename
        }
        events {
          id
          at
          note
          link
          handedOverTo
          handedOverInVersion
          toStatus {
            name
            __typename
          }
          __typename
        }
        __typename
      }
      __typename
    }
    __typename
  }
}`;

/** The orders the ranked page offers first (HOT is its default); others are warmed by readers. */
export const WARM_SORTS = ['HOT', 'TOP', 'CONSENSUS'] as const;

/** The ranked page's variables without a theme or search, as `ProposalsPage.tsx` orders them. */
export function proposalsVariables(sort: string, after: string | null): Record<string, unknown> {
  const filter = { themeId: null, search: null };
  return after === null ? { sort, filter, first: 20, seed: 1 } : { sort, filter, first: 20, after, seed: 1 };
}
