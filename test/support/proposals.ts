import { Role } from '@app/accounts';
import { createSignedInUser, type SignedInUser } from './accounts';
import type { TestApp } from './test-app';

export const PROPOSAL_FIELDS =
  'id title body status tags language upvotes downvotes score myVote mergedInto createdAt theme { id slug name } author { id displayName organization }';

export interface ProposalView {
  id: string;
  title: string;
  status: string;
  tags: string[];
  upvotes: number;
  downvotes: number;
  score: number;
  myVote: 'UP' | 'DOWN' | null;
  mergedInto: string | null;
  theme: { id: string; slug: string; name: string } | null;
  author: { id: string; displayName: string } | null;
}

export async function themeIds(t: TestApp): Promise<Record<string, string>> {
  const response = await t.gql<{ themes: { id: string; slug: string }[] }>('{ themes { id slug } }');
  return Object.fromEntries((response.data?.themes ?? []).map((theme) => [theme.slug, theme.id]));
}

export async function submitProposal(
  t: TestApp,
  author: SignedInUser,
  input: { title: string; body?: string; themeId: string; tags?: string[]; language?: 'nl' | 'en' },
): Promise<ProposalView> {
  const response = await t.gql<{ submitProposal: ProposalView }>(
    `mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { ${PROPOSAL_FIELDS} } }`,
    {
      input: {
        body: `${input.title}: een uitgewerkt voorstel van een ondernemer voor de overheid.`,
        language: 'nl',
        ...input,
      },
    },
    { token: author.accessToken },
  );
  if (response.errors || !response.data) {
    throw new Error(`submitProposal failed: ${JSON.stringify(response.errors)}`);
  }
  return response.data.submitProposal;
}

/** Hides the suggestion as a new moderator; fails on an error. */
export async function hideAsModerator(t: TestApp, id: string, reason = 'Niet ter zake'): Promise<void> {
  const moderator = await createSignedInUser(t, [Role.MODERATOR]);
  const response = await t.gql(
    'mutation ($id: ID!, $reason: String!) { hideProposal(id: $id, reason: $reason) { id } }',
    { id, reason },
    { token: moderator.accessToken },
  );
  if (response.errors) {
    throw new Error(`hideProposal failed: ${JSON.stringify(response.errors)}`);
  }
}

export async function vote(
  t: TestApp,
  voter: SignedInUser,
  proposalId: string,
  value: 'UP' | 'DOWN' | null,
): Promise<{
  data?: { castVote?: ProposalView; retractVote?: ProposalView } | null;
  errors?: { extensions?: { code?: string } }[];
}> {
  return value === null
    ? t.gql(
        `mutation ($id: ID!) { retractVote(proposalId: $id) { ${PROPOSAL_FIELDS} } }`,
        { id: proposalId },
        { token: voter.accessToken },
      )
    : t.gql(
        `mutation ($id: ID!, $value: VoteValue!) { castVote(proposalId: $id, value: $value) { ${PROPOSAL_FIELDS} } }`,
        { id: proposalId, value },
        { token: voter.accessToken },
      );
}

/** A `proposals` page as queried by `everyProposalPage`. */
export interface ProposalPage<Node> {
  proposals: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] };
}

/**
 * Every node of `proposals`, page after page from the cursors; `query` takes `$first` and
 * `$after` besides `variables`. Fails on an error or when the pages never end.
 */
export async function everyProposalPage<Node>(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  first: number,
): Promise<Node[]> {
  const seen: Node[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard += 1) {
    const response: Awaited<ReturnType<typeof t.gql<ProposalPage<Node>>>> = await t.gql<ProposalPage<Node>>(
      query,
      { ...variables, first, after },
    );
    expect(response.errors).toBeUndefined();
    seen.push(...response.data!.proposals.edges.map((edge) => edge.node));
    const { hasNextPage, endCursor } = response.data!.proposals.pageInfo;
    if (!hasNextPage) return seen;
    after = endCursor;
  }
  throw new Error('too many pages');
}
