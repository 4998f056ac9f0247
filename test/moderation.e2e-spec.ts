import { Role } from '@app/accounts';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { PROPOSAL_FIELDS, type ProposalView, submitProposal, themeIds, vote } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

const FLAG = 'mutation ($id: ID!) { flagProposal(id: $id, reason: "Reclame, geen voorstel") }';
const HIDE = 'mutation ($id: ID!) { hideProposal(id: $id, reason: "Buiten het onderwerp") { status } }';
const UNHIDE = 'mutation ($id: ID!) { unhideProposal(id: $id) { status } }';
const MERGE = `mutation ($id: ID!, $intoId: ID!) { mergeProposal(id: $id, intoId: $intoId) { ${PROPOSAL_FIELDS} } }`;
const PROPOSAL = `query ($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
const AUDIT =
  '{ auditLog(first: 50) { totalCount edges { node { action reason actor { displayName } proposal { id } target { id } } } } }';

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }): string | undefined =>
  response.errors?.[0]?.extensions?.code;

describe('moderation: flags, hiding, merging duplicates, audit log', () => {
  let t: TestApp;
  let themeId: string;
  let author: SignedInUser;
  let moderator: SignedInUser;
  let members: SignedInUser[];

  beforeAll(async () => {
    t = await startTestApp('e2e_moderation');
    themeId = (await themeIds(t))['media-transparency']!;
    author = await createSignedInUser(t, [], 'Auteur');
    moderator = await createSignedInUser(t, [Role.MODERATOR], 'Moderator Mia');
    members = await Promise.all(Array.from({ length: 7 }, (_, i) => createSignedInUser(t, [], `Lid ${i}`)));
  });

  afterAll(async () => {
    await t.close();
  });

  it('takes one flag per member and hides after five, until a moderator decides', async () => {
    const proposal = await submitProposal(t, author, { title: 'Koop nu goedkope horloges', themeId });
    expect((await t.gql(FLAG, { id: proposal.id }, { token: members[0]!.accessToken })).data).toEqual({
      flagProposal: true,
    });
    expect(codeOf(await t.gql(FLAG, { id: proposal.id }, { token: members[0]!.accessToken }))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await t.gql(FLAG, { id: proposal.id }, { token: author.accessToken }))).toBe('FORBIDDEN');

    await Promise.all(
      members.slice(1, 5).map((member) => t.gql(FLAG, { id: proposal.id }, { token: member.accessToken })),
    );
    expect((await t.gql(PROPOSAL, { id: proposal.id })).data).toEqual({ proposal: null });
    const asModerator = await t.gql<{ proposal: ProposalView }>(
      PROPOSAL,
      { id: proposal.id },
      { token: moderator.accessToken },
    );
    expect(asModerator.data?.proposal.status).toBe('HIDDEN');
    const asAuthor = await t.gql<{ proposal: ProposalView }>(
      PROPOSAL,
      { id: proposal.id },
      { token: author.accessToken },
    );
    expect(asAuthor.data?.proposal.status).toBe('HIDDEN');
    // To a member it is as if it did not exist.
    expect(codeOf(await vote(t, members[5]!, proposal.id, 'UP'))).toBe('NOT_FOUND');

    const hiddenList = '{ proposals(filter: { status: HIDDEN }) { totalCount } }';
    expect(codeOf(await t.gql(hiddenList, {}, { token: members[0]!.accessToken }))).toBe('FORBIDDEN');
    expect((await t.gql(hiddenList, {}, { token: moderator.accessToken })).data).toEqual({
      proposals: { totalCount: 1 },
    });

    expect((await t.gql(UNHIDE, { id: proposal.id }, { token: moderator.accessToken })).data).toEqual({
      unhideProposal: { status: 'PUBLISHED' },
    });
    // The moderator decided: more flags do not hide it again by themselves.
    await t.gql(FLAG, { id: proposal.id }, { token: members[5]!.accessToken });
    const after = await t.gql<{ proposal: ProposalView }>(PROPOSAL, { id: proposal.id });
    expect(after.data?.proposal.status).toBe('PUBLISHED');
  });

  it('lets moderators hide and unhide, and refuses what makes no sense', async () => {
    const proposal = await submitProposal(t, author, { title: 'Media in dienst van transparantie', themeId });
    expect(codeOf(await t.gql(UNHIDE, { id: proposal.id }, { token: moderator.accessToken }))).toBe(
      'CONFLICT',
    );
    expect((await t.gql(HIDE, { id: proposal.id }, { token: moderator.accessToken })).data).toEqual({
      hideProposal: { status: 'HIDDEN' },
    });
    expect((await t.gql(UNHIDE, { id: proposal.id }, { token: moderator.accessToken })).data).toEqual({
      unhideProposal: { status: 'PUBLISHED' },
    });
    expect(codeOf(await t.gql(HIDE, { id: 'f'.repeat(24) }, { token: moderator.accessToken }))).toBe(
      'NOT_FOUND',
    );
  });

  it('merges a duplicate: its votes move, a voter on both keeps one vote, the target author none', async () => {
    const target = await submitProposal(t, author, { title: 'Start een nationale Oranje Bank', themeId });
    const otherAuthor = members[6]!;
    const duplicate = await submitProposal(t, otherAuthor, {
      title: 'Een Oranje Bank voor het MKB',
      themeId,
    });
    const [both, onlyDuplicate, downOnDuplicate] = members;
    await vote(t, both!, target.id, 'DOWN');
    await vote(t, both!, duplicate.id, 'UP');
    await vote(t, onlyDuplicate!, duplicate.id, 'UP');
    await vote(t, downOnDuplicate!, duplicate.id, 'DOWN');
    await vote(t, author, duplicate.id, 'UP'); // the target's author: dropped on merge

    const merged = await t.gql<{ mergeProposal: ProposalView }>(
      MERGE,
      { id: duplicate.id, intoId: target.id },
      { token: moderator.accessToken },
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.mergeProposal).toMatchObject({
      status: 'MERGED',
      mergedInto: target.id,
      upvotes: 0,
      downvotes: 0,
    });

    const after = await t.gql<{ proposal: ProposalView }>(
      PROPOSAL,
      { id: target.id },
      { token: both!.accessToken },
    );
    // both: kept their DOWN on the target; onlyDuplicate: UP moved; downOnDuplicate: DOWN moved.
    expect(after.data?.proposal).toMatchObject({ upvotes: 1, downvotes: 2, myVote: 'DOWN' });

    expect(codeOf(await vote(t, onlyDuplicate!, duplicate.id, 'UP'))).toBe('FORBIDDEN');
    expect(
      codeOf(await t.gql(MERGE, { id: target.id, intoId: target.id }, { token: moderator.accessToken })),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await t.gql(MERGE, { id: target.id, intoId: duplicate.id }, { token: moderator.accessToken })),
    ).toBe('CONFLICT');
    // Repeating the same merge is harmless (it finishes an interrupted one).
    const again = await t.gql<{ mergeProposal: ProposalView }>(
      MERGE,
      { id: duplicate.id, intoId: target.id },
      { token: moderator.accessToken },
    );
    expect(again.data?.mergeProposal.status).toBe('MERGED');
    const stable = await t.gql<{ proposal: ProposalView }>(PROPOSAL, { id: target.id });
    expect(stable.data?.proposal).toMatchObject({ upvotes: 1, downvotes: 2 });
  });

  it('writes every moderation action to an audit log for moderators', async () => {
    const log = await t.gql<{
      auditLog: {
        totalCount: number;
        edges: {
          node: { action: string; actor: { displayName: string } | null; target: { id: string } | null };
        }[];
      };
    }>(AUDIT, {}, { token: moderator.accessToken });
    expect(log.errors).toBeUndefined();
    const actions = log.data!.auditLog.edges.map((edge) => edge.node.action);
    expect(actions.sort()).toEqual(['AUTO_HIDE', 'HIDE', 'MERGE', 'MERGE', 'UNHIDE', 'UNHIDE']);
    const automatic = log.data!.auditLog.edges.find((edge) => edge.node.action === 'AUTO_HIDE');
    expect(automatic?.node.actor).toBeNull();
    const merge = log.data!.auditLog.edges.find((edge) => edge.node.action === 'MERGE');
    expect(merge?.node.actor?.displayName).toBe('Moderator Mia');
    expect(merge?.node.target).not.toBeNull();
    expect(codeOf(await t.gql(AUDIT, {}, { token: members[0]!.accessToken }))).toBe('FORBIDDEN');
  });
});
