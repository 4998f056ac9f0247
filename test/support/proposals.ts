import type { SignedInUser } from './accounts';
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
