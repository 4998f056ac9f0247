import { Role } from '@app/accounts';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { FollowUpScene } from './support/follow-up';
import { submitProposal, themeIds, vote } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

const JOURNEY = `query ($id: ID!) { proposal(id: $id) { journey {
  kind occurredAt supporters proposal { id } listSlug listTitle addressee version position
  statusKey status { name } progress note link
} } }`;

interface Step {
  kind: string;
  occurredAt: string;
  supporters: number | null;
  proposal: { id: string } | null;
  listSlug: string | null;
  addressee: string | null;
  version: number | null;
  position: number | null;
  statusKey: string | null;
  status: { name: string } | null;
  note: string | null;
}

describe('Proposal.journey', () => {
  let t: TestApp;
  let themeId: string;
  let author: SignedInUser;
  let moderator: SignedInUser;
  let members: SignedInUser[];

  beforeAll(async () => {
    t = await startTestApp('e2e_journey');
    themeId = Object.values(await themeIds(t))[0]!;
    author = await createSignedInUser(t, [], 'Indiener Iris');
    moderator = await createSignedInUser(t, [Role.MODERATOR], 'Moderator Mo');
    members = await Promise.all(Array.from({ length: 11 }, (_, i) => createSignedInUser(t, [], `Lid ${i}`)));
  });

  afterAll(() => t.close());

  const journey = async (id: string, who?: SignedInUser): Promise<Step[] | undefined> => {
    const response = await t.gql<{ proposal: { journey: Step[] } | null }>(
      JOURNEY,
      { id },
      who && { token: who.accessToken },
    );
    expect(response.errors).toBeUndefined();
    return response.data?.proposal?.journey;
  };
  const kinds = async (id: string, who?: SignedInUser) => (await journey(id, who))?.map((step) => step.kind);
  const moderate = async (query: string, variables: Record<string, string>) => {
    const response = await t.gql(query, variables, { token: moderator.accessToken });
    expect(response.errors).toBeUndefined();
  };

  it('tells submitted, edited, merges and hand-over to all, moderation to the author and moderators only', async () => {
    const main = await submitProposal(t, author, { title: 'Eén loket voor vergunningen', themeId });
    const edited = await t.gql(
      'mutation ($id: ID!) { updateProposal(id: $id, input: { title: "Eén digitaal loket voor vergunningen" }) { id } }',
      { id: main.id },
      { token: author.accessToken },
    );
    expect(edited.errors).toBeUndefined();
    const duplicate = await submitProposal(t, members[0]!, { title: 'Eén vergunningenloket', themeId });
    await moderate('mutation ($id: ID!, $into: ID!) { mergeProposal(id: $id, intoId: $into) { id } }', {
      id: duplicate.id,
      into: main.id,
    });
    await moderate('mutation ($id: ID!) { hideProposal(id: $id, reason: "Even nakijken") { id } }', {
      id: main.id,
    });
    await moderate('mutation ($id: ID!) { unhideProposal(id: $id) { id } }', { id: main.id });
    const scene = await FollowUpScene.start(t);
    const list = await scene.publishedList('Reis van een suggestie', [main.id]);
    await scene.recordFollowUp(list.itemId, 'Gesprek met **de minister**');

    const publicSteps = ['SUBMITTED', 'EDITED', 'MERGED_WITH', 'LINKED_TO_LIST', 'HANDED_OVER', 'FOLLOW_UP'];
    expect(await kinds(main.id)).toEqual(publicSteps);
    expect(await kinds(main.id, members[1])).toEqual(publicSteps);
    const withModeration = [
      'SUBMITTED',
      'EDITED',
      'MERGED_WITH',
      'HIDDEN',
      'UNHIDDEN',
      ...publicSteps.slice(3),
    ];
    expect(await kinds(main.id, author)).toEqual(withModeration);
    expect(await kinds(main.id, moderator)).toEqual(withModeration);

    const steps = (await journey(main.id))!;
    expect(steps.find((step) => step.kind === 'MERGED_WITH')?.proposal?.id).toBe(duplicate.id);
    expect(steps.filter((step) => step.listSlug !== null)).toEqual([
      expect.objectContaining({ kind: 'LINKED_TO_LIST', listSlug: list.slug, version: 1, position: 1 }),
      expect.objectContaining({
        kind: 'HANDED_OVER',
        addressee: 'Minister van Economische Zaken',
        statusKey: 'handed-over',
        status: { name: 'Overhandigd' },
      }),
      expect.objectContaining({
        kind: 'FOLLOW_UP',
        note: 'Gesprek met **de minister**',
        statusKey: 'in-talks',
      }),
    ]);
    const times = steps.map((step) => Date.parse(step.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(await kinds(duplicate.id)).toEqual(['SUBMITTED', 'MERGED_INTO']);
  });

  it('marks ten supporters by the up-votes that still stand', async () => {
    const popular = await submitProposal(t, author, { title: 'Minder formulieren voor zzp’ers', themeId });
    for (const member of members) {
      expect((await vote(t, member, popular.id, 'UP')).errors).toBeUndefined();
    }
    expect((await vote(t, members[0]!, popular.id, null)).errors).toBeUndefined();
    const milestones = (await journey(popular.id))!.filter((step) => step.kind === 'SUPPORT_MILESTONE');
    expect(milestones.map((step) => step.supporters)).toEqual([10]);

    expect((await vote(t, members[1]!, popular.id, 'DOWN')).errors).toBeUndefined();
    expect(await kinds(popular.id)).toEqual(['SUBMITTED']);
  });

  it('does not show a merge target that is hidden now, and shows a withdrawal to its author only', async () => {
    const target = await submitProposal(t, author, { title: 'Snellere betaling door de overheid', themeId });
    const merged = await submitProposal(t, members[2]!, { title: 'Overheid betaalt sneller', themeId });
    await moderate('mutation ($id: ID!, $into: ID!) { mergeProposal(id: $id, intoId: $into) { id } }', {
      id: merged.id,
      into: target.id,
    });
    await moderate('mutation ($id: ID!) { hideProposal(id: $id, reason: "Dubbel") { id } }', {
      id: target.id,
    });
    const anonymous = (await journey(merged.id))!.find((step) => step.kind === 'MERGED_INTO');
    expect(anonymous).toMatchObject({ proposal: null });
    const asModerator = (await journey(merged.id, moderator))!.find((step) => step.kind === 'MERGED_INTO');
    expect(asModerator?.proposal?.id).toBe(target.id);

    const withdrawn = await submitProposal(t, author, { title: 'Toch niet nodig', themeId });
    const response = await t.gql(
      'mutation ($id: ID!) { withdrawProposal(id: $id, reason: "Al geregeld") { id } }',
      { id: withdrawn.id },
      { token: author.accessToken },
    );
    expect(response.errors).toBeUndefined();
    expect(await kinds(withdrawn.id, author)).toEqual(['SUBMITTED', 'WITHDRAWN']);
    expect(await kinds(withdrawn.id, moderator)).toEqual(['SUBMITTED', 'WITHDRAWN']);
    expect(await journey(withdrawn.id, members[3])).toBeUndefined();
  });
});
