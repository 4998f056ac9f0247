import { Role } from '@app/accounts';
import { CuratedListsService } from '@app/curation';
import { DomainEvents } from '@app/events';
import { FollowUpRepository } from '../libs/curation/src/follow-up/follow-up.repository';
import { CuratedListsRepository } from '../libs/curation/src/lists/curated-lists.repository';
import { ModerationRepository } from '../libs/proposals/src/moderation/moderation.repository';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { type ProposalView, submitProposal, themeIds, vote } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

const LIST_FIELDS = `id version status versions { version }
  items { id followUp { status { key } events { toStatus { key } } } }`;
const CREATE = `mutation ($input: CreateCuratedListInput!) { createCuratedList(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateCuratedListDraftInput!) { updateCuratedListDraft(id: $id, input: $input) { id } }`;
const PUBLISH = `mutation ($id: ID!) { publishCuratedList(id: $id) { ${LIST_FIELDS} } }`;
const REVISE = `mutation ($id: ID!) { reviseCuratedList(id: $id) { status version } }`;
const READ = `query ($slug: String!) { curatedList(slug: $slug) { ${LIST_FIELDS} } }`;
const RECORD = `mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { status { key } events { toStatus { key } } } }`;
const FLAG = 'mutation ($id: ID!) { flagProposal(id: $id, reason: "Reclame, geen voorstel") }';
const HIDE = 'mutation ($id: ID!) { hideProposal(id: $id, reason: "Buiten het onderwerp") { status } }';
const FOLLOW = 'mutation ($id: ID!) { follow(targetId: $id) }';
const INBOX = '{ notifications(first: 50) { edges { node { type targetId } } } }';

interface ListRead {
  id: string;
  version: number;
  status: string;
  versions: { version: number }[];
  items: {
    id: string;
    followUp: { status: { key: string }; events: { toStatus: { key: string } }[] } | null;
  }[];
}

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }): string | undefined =>
  response.errors?.[0]?.extensions?.code;

const hiccup = (): Error => new Error('database hiccup');

describe('multi-step writes: a retry after a failed step finishes the work', () => {
  let t: TestApp;
  let themeId: string;
  let editor: SignedInUser;
  let liaison: SignedInUser;
  let moderator: SignedInUser;
  let author: SignedInUser;
  let follower: SignedInUser;
  let members: SignedInUser[];
  let proposal: ProposalView;

  const notificationsOf = async (user: SignedInUser, type: string, targetId: string): Promise<number> => {
    await t.app.get(DomainEvents).drain();
    const inbox = await t.gql<{ notifications: { edges: { node: { type: string; targetId: string } }[] } }>(
      INBOX,
      {},
      { token: user.accessToken },
    );
    return inbox.data!.notifications.edges.filter(
      ({ node }) => node.type === type && node.targetId === targetId,
    ).length;
  };

  /** A list with two items and a draft ready to publish; `follower` follows it. */
  const draftList = async (slug: string): Promise<string> => {
    const created = await t.gql<{ createCuratedList: { id: string } }>(
      CREATE,
      { input: { title: `Lijst ${slug}`, slug, addressee: 'Minister van Financiën', language: 'nl' } },
      { token: editor.accessToken },
    );
    const id = created.data!.createCuratedList.id;
    await t.gql(
      UPDATE,
      {
        id,
        input: {
          items: [
            { title: 'Eerste punt', proposalIds: [proposal.id] },
            { title: 'Tweede punt', proposalIds: [] },
          ],
        },
      },
      { token: editor.accessToken },
    );
    await t.gql(FOLLOW, { id }, { token: follower.accessToken });
    return id;
  };

  /** Published once, each item with one follow-up that starts with one event. */
  const expectPublishedOnce = async (slug: string, listId: string): Promise<void> => {
    const read = (await t.gql<{ curatedList: ListRead }>(READ, { slug })).data!.curatedList;
    expect(read).toMatchObject({ status: 'PUBLISHED', version: 1, versions: [{ version: 1 }] });
    for (const item of read.items) {
      expect(item.followUp?.events.map((event) => event.toStatus.key)).toEqual(['handed-over']);
    }
    expect(await notificationsOf(follower, 'LIST_PUBLISHED', listId)).toBe(1);
  };

  beforeAll(async () => {
    t = await startTestApp('e2e_resumable_writes');
    themeId = (await themeIds(t))['media-transparency']!;
    editor = await createSignedInUser(t, [Role.EDITOR], 'Redactie');
    liaison = await createSignedInUser(t, [Role.LIAISON], 'Ministerie');
    moderator = await createSignedInUser(t, [Role.MODERATOR], 'Moderator');
    author = await createSignedInUser(t, [], 'Auteur');
    follower = await createSignedInUser(t, [], 'Volger');
    members = await Promise.all(Array.from({ length: 5 }, (_, i) => createSignedInUser(t, [], `Lid ${i}`)));
    proposal = await submitProposal(t, author, { title: 'Een voorstel voor de lijst', themeId });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await t.close();
  });

  it('publishes on a retry when the list could not be pointed to the new version', async () => {
    const id = await draftList('wijzer-faalt');
    jest.spyOn(t.app.get(CuratedListsRepository), 'update').mockRejectedValueOnce(hiccup());
    expect(codeOf(await t.gql(PUBLISH, { id }, { token: editor.accessToken }))).toBe('INTERNAL_SERVER_ERROR');
    const retried = await t.gql<{ publishCuratedList: ListRead }>(
      PUBLISH,
      { id },
      { token: editor.accessToken },
    );
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.publishCuratedList.version).toBe(1);
    await expectPublishedOnce('wijzer-faalt', id);
  });

  it('publishes on a retry when starting the follow-ups failed half-way', async () => {
    const id = await draftList('opvolging-faalt');
    const followUps = t.app.get(FollowUpRepository);
    const insert = followUps.insertFollowUpIfMissing.bind(followUps);
    // The first item's follow-up is written, the second's fails.
    jest
      .spyOn(followUps, 'insertFollowUpIfMissing')
      .mockImplementationOnce(insert)
      .mockRejectedValueOnce(hiccup());
    expect(codeOf(await t.gql(PUBLISH, { id }, { token: editor.accessToken }))).toBe('INTERNAL_SERVER_ERROR');
    const retried = await t.gql(PUBLISH, { id }, { token: editor.accessToken });
    expect(retried.errors).toBeUndefined();
    await expectPublishedOnce('opvolging-faalt', id);
  });

  it('finishes an interrupted publication when the list is next changed', async () => {
    const id = await draftList('volgende-wijziging');
    jest.spyOn(t.app.get(CuratedListsRepository), 'update').mockRejectedValueOnce(hiccup());
    await t.gql(PUBLISH, { id }, { token: editor.accessToken });
    expect((await t.gql(REVISE, { id }, { token: editor.accessToken })).data).toEqual({
      reviseCuratedList: { status: 'DRAFT', version: 2 },
    });
    await expectPublishedOnce('volgende-wijziging', id);
  });

  it('finishes a publication cut short by a crash when the API starts', async () => {
    const id = await draftList('na-een-crash');
    jest.spyOn(t.app.get(CuratedListsRepository), 'update').mockRejectedValueOnce(hiccup());
    await t.gql(PUBLISH, { id }, { token: editor.accessToken });
    const lists = t.app.get(CuratedListsService);
    // What onApplicationBootstrap starts in the background.
    await expect(lists.finishInterruptedPublications()).resolves.toBe(1);
    await expectPublishedOnce('na-een-crash', id);
    await expect(lists.finishInterruptedPublications()).resolves.toBe(0);
  });

  it('records follow-up once when a retry follows a failed update of the current state', async () => {
    const id = await draftList('opvolging-vastleggen');
    const published = await t.gql<{ publishCuratedList: ListRead }>(
      PUBLISH,
      { id },
      { token: editor.accessToken },
    );
    const itemId = published.data!.publishCuratedList.items[0]!.id;
    const input = { itemId, statusKey: 'in-talks', progress: 20, note: 'Eerste gesprek op het ministerie' };
    jest.spyOn(t.app.get(FollowUpRepository), 'setCurrent').mockRejectedValueOnce(hiccup());
    expect(codeOf(await t.gql(RECORD, { input }, { token: liaison.accessToken }))).toBe(
      'INTERNAL_SERVER_ERROR',
    );
    const retried = await t.gql<{ recordFollowUp: NonNullable<ListRead['items'][number]['followUp']> }>(
      RECORD,
      { input },
      { token: liaison.accessToken },
    );
    expect(retried.data?.recordFollowUp).toEqual({
      status: { key: 'in-talks' },
      events: [{ toStatus: { key: 'handed-over' } }, { toStatus: { key: 'in-talks' } }],
    });
  });

  it('takes the current follow-up state from the latest event, also when an earlier request failed half-way', async () => {
    const id = await draftList('opvolging-hersteld');
    const published = await t.gql<{ publishCuratedList: ListRead }>(
      PUBLISH,
      { id },
      { token: editor.accessToken },
    );
    const itemId = published.data!.publishCuratedList.items[0]!.id;
    jest.spyOn(t.app.get(FollowUpRepository), 'setCurrent').mockRejectedValueOnce(hiccup());
    const talks = { itemId, statusKey: 'in-talks', progress: 20, note: 'Gesprek op het ministerie' };
    expect(codeOf(await t.gql(RECORD, { input: talks }, { token: liaison.accessToken }))).toBe(
      'INTERNAL_SERVER_ERROR',
    );
    // Not a retry: a receipt recorded late, dated an hour back.
    const received = {
      itemId,
      statusKey: 'received',
      note: 'Ontvangstbevestiging, te laat ingevoerd',
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    };
    const later = await t.gql<{ recordFollowUp: { status: { key: string } } }>(
      RECORD,
      { input: received },
      { token: liaison.accessToken },
    );
    expect(later.data?.recordFollowUp.status.key).toBe('in-talks');
  });

  it('hides on a retry and tells the followers once, when the audit entry failed', async () => {
    const hidden = await submitProposal(t, author, { title: 'Verbergen in twee stappen', themeId });
    await vote(t, follower, hidden.id, 'UP');
    jest.spyOn(t.app.get(ModerationRepository), 'record').mockRejectedValueOnce(hiccup());
    expect(codeOf(await t.gql(HIDE, { id: hidden.id }, { token: moderator.accessToken }))).toBe(
      'INTERNAL_SERVER_ERROR',
    );
    expect((await t.gql(HIDE, { id: hidden.id }, { token: moderator.accessToken })).data).toEqual({
      hideProposal: { status: 'HIDDEN' },
    });
    expect(await notificationsOf(follower, 'PROPOSAL_HIDDEN', hidden.id)).toBe(1);
  });

  it('counts a flag on a retry when counting failed, instead of answering that it was flagged already', async () => {
    const flagged = await submitProposal(t, author, { title: 'Vijf vlaggen en een storing', themeId });
    for (const member of members.slice(0, 4)) {
      await t.gql(FLAG, { id: flagged.id }, { token: member.accessToken });
    }
    jest.spyOn(t.app.get(ModerationRepository), 'countFlags').mockRejectedValueOnce(hiccup());
    const fifth = members[4]!;
    expect(codeOf(await t.gql(FLAG, { id: flagged.id }, { token: fifth.accessToken }))).toBe(
      'INTERNAL_SERVER_ERROR',
    );
    expect((await t.gql(FLAG, { id: flagged.id }, { token: fifth.accessToken })).data).toEqual({
      flagProposal: true,
    });
    // Five flags hide it.
    expect((await t.gql('query ($id: ID!) { proposal(id: $id) { id } }', { id: flagged.id })).data).toEqual({
      proposal: null,
    });
    expect(codeOf(await t.gql(FLAG, { id: flagged.id }, { token: fifth.accessToken }))).toBe('NOT_FOUND');
  });

  it('submits a suggestion once when a retry follows a failed event', async () => {
    const submitter = await createSignedInUser(t, [], 'Indiener');
    jest.spyOn(t.app.get(DomainEvents), 'publish').mockRejectedValueOnce(hiccup());
    await expect(submitProposal(t, submitter, { title: 'Eenmaal ingediend', themeId })).rejects.toThrow(
      /INTERNAL_SERVER_ERROR|Internal server error/,
    );
    await submitProposal(t, submitter, { title: 'Eenmaal ingediend', themeId });
    const mine = await t.gql<{ proposals: { totalCount: number } }>(
      'query ($author: ID!) { proposals(filter: { authorId: $author }) { totalCount } }',
      { author: submitter.user._id.toHexString() },
    );
    expect(mine.data?.proposals.totalCount).toBe(1);
  });
});
