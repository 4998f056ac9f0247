import { createClient, type Client } from 'graphql-ws';
import { Types } from 'mongoose';
import request from 'supertest';
import WebSocket from 'ws';
import { Role } from '@app/accounts';
import { COMMENT_ADDED, type CommentRecord, CommentsService } from '@app/discussion';
import { DomainEvents, LiveUpdates } from '@app/events';
import { createSignedInUser, type SignedInUser, TEST_PASSWORD } from './support/accounts';
import { setMailState } from './support/mail-state';
import { linkIn, mailsTo, waitForMail } from './support/mailpit';
import { hideAsModerator, submitProposal, themeIds } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

interface InboxNode {
  type: string;
  message: string;
  targetType: string;
  targetId: string;
  targetSlug: string | null;
}

const INBOX =
  '{ notifications(first: 50) { edges { node { type message targetType targetId targetSlug } } } }';

describe('comments: notifications, live comments and exports', () => {
  let t: TestApp;
  let url: string;
  let themeId: string;
  let editor: SignedInUser;
  const clients: Client[] = [];

  const drain = (): Promise<void> => t.app.get(DomainEvents).drain();

  async function inbox(user: SignedInUser): Promise<InboxNode[]> {
    await drain();
    const response = await t.gql<{ notifications: { edges: { node: InboxNode }[] } }>(
      INBOX,
      {},
      { token: user.accessToken },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.notifications.edges.map((edge) => edge.node);
  }

  async function comment(
    user: SignedInUser,
    targetId: string,
    body: string,
    { alignment = 'IN_FAVOR', parentId }: { alignment?: string; parentId?: string } = {},
  ): Promise<string> {
    const response = await t.gql<{ addComment: { id: string } }>(
      'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
      { input: { targetId, body, alignment, parentId } },
      { token: user.accessToken },
    );
    if (response.errors || !response.data) {
      throw new Error(`addComment failed: ${JSON.stringify(response.errors)}`);
    }
    return response.data.addComment.id;
  }

  async function following(user: SignedInUser, targetId: string): Promise<boolean> {
    await drain();
    const response = await t.gql<{ following: boolean }>(
      'query ($id: ID!) { following(targetId: $id) }',
      { id: targetId },
      { token: user.accessToken },
    );
    return response.data!.following;
  }

  async function setFollowing(user: SignedInUser, targetId: string, active: boolean): Promise<void> {
    const response = await t.gql(
      `mutation ($id: ID!) { ${active ? 'follow' : 'unfollow'}(targetId: $id) }`,
      { id: targetId },
      { token: user.accessToken },
    );
    expect(response.errors).toBeUndefined();
  }

  async function publishedList(slug: string, proposalId: string): Promise<{ id: string; itemId: string }> {
    const created = await t.gql<{ createCuratedList: { id: string } }>(
      'mutation ($input: CreateCuratedListInput!) { createCuratedList(input: $input) { id } }',
      { input: { title: `Lijst ${slug}`, slug, addressee: 'Minister van Financiën', language: 'nl' } },
      { token: editor.accessToken },
    );
    const id = created.data!.createCuratedList.id;
    await t.gql(
      'mutation ($id: ID!, $input: UpdateCuratedListDraftInput!) { updateCuratedListDraft(id: $id, input: $input) { id } }',
      { id, input: { items: [{ title: 'Punt om te bespreken', proposalIds: [proposalId] }] } },
      { token: editor.accessToken },
    );
    const published = await t.gql<{ publishCuratedList: { items: { id: string }[] } }>(
      'mutation ($id: ID!) { publishCuratedList(id: $id) { items { id } } }',
      { id },
      { token: editor.accessToken },
    );
    expect(published.errors).toBeUndefined();
    return { id, itemId: published.data!.publishCuratedList.items[0]!.id };
  }

  /** A graphql-ws subscription without a token: what it received, and its errors. */
  function subscribe(query: string, variables: Record<string, unknown>) {
    const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
    clients.push(client);
    const received: Record<string, unknown>[] = [];
    const errors: unknown[] = [];
    const ready = new Promise<void>((resolve) => {
      client.on('connected', () => setTimeout(resolve, 200));
    });
    client.subscribe(
      { query, variables },
      {
        next: (value) => {
          if (value.errors) errors.push(value.errors);
          if (value.data) received.push(value.data);
        },
        error: (error) => errors.push(error),
        complete: () => undefined,
      },
    );
    return { received, errors, ready };
  }

  const waitUntil = async (condition: () => boolean, ms = 5_000): Promise<void> => {
    const deadline = Date.now() + ms;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  /**
   * A copy of a stored comment, changed, as CommentsService would publish it live: for what the
   * API itself never sends.
   */
  async function published(of: string, changes: Partial<CommentRecord>): Promise<void> {
    const stored = await t.app.get(CommentsService).require(of);
    await t.app.get(LiveUpdates).publish(COMMENT_ADDED, {
      ...stored,
      _id: new Types.ObjectId(),
      body: 'Een kopie die niet live mag',
      ...changes,
    });
  }

  beforeAll(async () => {
    t = await startTestApp('e2e_comment_notifications');
    await t.app.listen(0, '127.0.0.1');
    url = (await t.app.getUrl()).replace(/^http/, 'ws').replace('[::1]', '127.0.0.1') + '/graphql';
    themeId = (await themeIds(t))['media-transparency']!;
    editor = await createSignedInUser(t, [Role.EDITOR], 'Redactie');
  });

  afterAll(async () => {
    for (const client of clients) {
      await client.dispose();
    }
    await t.close();
  });

  it('tells each follower once per target and hour however many members comment', async () => {
    const author = await createSignedInUser(t, [], 'Indiener');
    const proposal = await submitProposal(t, author, { title: 'Eén loket voor vergunningen', themeId });
    const followers = await Promise.all([createSignedInUser(t), createSignedInUser(t)]);
    for (const follower of followers) await setFollowing(follower, proposal.id, true);
    const commenters = await Promise.all(
      Array.from({ length: 10 }, (_, i) => createSignedInUser(t, [], `Lid ${i}`)),
    );
    await Promise.all(
      commenters.map((member, i) =>
        comment(member, proposal.id, `Reactie nummer ${i}: dit helpt ondernemers echt.`, {
          alignment: i % 2 === 0 ? 'IN_FAVOR' : 'AGAINST',
        }),
      ),
    );
    for (const reader of [author, ...followers]) {
      const about = (await inbox(reader)).filter((node) => node.type === 'COMMENT_ADDED');
      expect(about).toEqual([
        {
          type: 'COMMENT_ADDED',
          message: 'Nieuwe reacties op „Eén loket voor vergunningen”',
          targetType: 'PROPOSAL',
          targetId: proposal.id,
          targetSlug: null,
        },
      ]);
    }
    // Every commenter follows it now.
    for (const member of commenters) expect(await following(member, proposal.id)).toBe(true);
  });

  it("tells the thread's author of a reply even after unfollowing, instead of the batch", async () => {
    const author = await createSignedInUser(t);
    const proposal = await submitProposal(t, author, { title: 'Minder formulieren voor zzp', themeId });
    const threadAuthor = await createSignedInUser(t, [], 'Draadstarter');
    const replier = await createSignedInUser(t, [], 'Antwoorder');
    const thread = await comment(threadAuthor, proposal.id, 'Goed idee, maar wie betaalt het?');
    expect(await following(threadAuthor, proposal.id)).toBe(true);
    await setFollowing(threadAuthor, proposal.id, false);
    await comment(replier, proposal.id, 'De gemeente, uit de leges.', { parentId: thread });
    expect(await inbox(threadAuthor)).toEqual([
      expect.objectContaining({
        type: 'COMMENT_REPLY',
        message: 'Iemand heeft gereageerd op je reactie bij „Minder formulieren voor zzp”',
        targetId: proposal.id,
      }),
    ]);
    // Commenting again does not make them follow again.
    await comment(threadAuthor, proposal.id, 'Dan is het goed geregeld.');
    expect(await following(threadAuthor, proposal.id)).toBe(false);
    // The suggestion's author follows it and heard of the comments (once: the same hour).
    expect((await inbox(author)).map((node) => node.type)).toEqual(['COMMENT_ADDED']);
  });

  it('tells nobody of a comment on a suggestion hidden before the fan-out', async () => {
    const author = await createSignedInUser(t);
    const proposal = await submitProposal(t, author, { title: 'Voorstel dat verborgen wordt', themeId });
    const follower = await createSignedInUser(t);
    await setFollowing(follower, proposal.id, true);
    const commenter = await createSignedInUser(t);
    await comment(commenter, proposal.id, 'Een reactie van voor het verbergen.');
    expect((await inbox(follower)).map((node) => node.type)).toEqual(['COMMENT_ADDED']);
    await hideAsModerator(t, proposal.id);
    await drain();
    const before = (await inbox(follower)).length;
    // A comment stored just before the hide whose event is handled after it, an hour later: without
    // the check it would start a new batch.
    await t.app.get(DomainEvents).publish({
      type: 'COMMENT_ADDED',
      commentId: Types.ObjectId.createFromTime(Math.floor(Date.now() / 1000) + 3_600).toHexString(),
      targetType: 'PROPOSAL',
      targetId: proposal.id,
      listId: null,
      slug: null,
      targetTitle: proposal.title,
      authorId: commenter.user._id.toHexString(),
      parentAuthorId: author.user._id.toHexString(),
    });
    expect(await inbox(follower)).toHaveLength(before);
    expect((await inbox(author)).filter((node) => node.type === 'COMMENT_REPLY')).toEqual([]);
  });

  it('tells the followers of a list of comments on its items, with a link to the list', async () => {
    const author = await createSignedInUser(t);
    const proposal = await submitProposal(t, author, { title: 'Voorstel op de lijst', themeId });
    const list = await publishedList('lijst-met-reacties', proposal.id);
    const follower = await createSignedInUser(t);
    await setFollowing(follower, list.id, true);
    const commenter = await createSignedInUser(t);
    await comment(commenter, list.itemId, 'Wat doet de minister hiermee?', { alignment: 'NEUTRAL' });
    expect(await inbox(follower)).toEqual([
      {
        type: 'COMMENT_ADDED',
        message: 'Nieuwe reacties op „Punt om te bespreken”',
        targetType: 'LIST',
        targetId: list.id,
        targetSlug: 'lijst-met-reacties',
      },
    ]);
    expect(await following(commenter, list.id)).toBe(true);
  });

  it('sends new comments live to an anonymous reader, never hidden ones nor on a hidden suggestion', async () => {
    const author = await createSignedInUser(t);
    const proposal = await submitProposal(t, author, { title: 'Voorstel om live te volgen', themeId });
    const query =
      'subscription ($id: ID!) { commentAdded(targetId: $id) { id body alignment status targetId listSlug } }';
    const live = subscribe(query, { id: proposal.id });
    await live.ready;
    const id = await comment(author, proposal.id, 'Het eerste commentaar, live.', { alignment: 'AGAINST' });
    await waitUntil(() => live.received.length > 0);
    expect(live.received).toEqual([
      {
        commentAdded: {
          id,
          body: 'Het eerste commentaar, live.',
          alignment: 'AGAINST',
          status: 'PUBLISHED',
          targetId: proposal.id,
          listSlug: null,
        },
      },
    ]);
    // A comment hidden by the time it would be sent, and a comment on another target.
    await published(id, { status: 'HIDDEN', body: 'Verborgen tekst die nooit live gaat' });
    await published(id, { targetId: new Types.ObjectId().toHexString() });
    // Once the suggestion is hidden, nothing more about it.
    await hideAsModerator(t, proposal.id);
    await published(id, { body: 'Reactie op een verborgen voorstel' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(live.received).toHaveLength(1);
    expect(live.errors).toEqual([]);

    const refused = subscribe(query, { id: proposal.id });
    await waitUntil(() => refused.errors.length > 0);
    expect(JSON.stringify(refused.errors)).toMatch(/NOT_FOUND/);
    const malformed = subscribe(query, { id: 'geen-id' });
    await waitUntil(() => malformed.errors.length > 0);
    expect(JSON.stringify(malformed.errors)).toMatch(/BAD_USER_INPUT/);
  });

  it('sends comments on a published list item live, with the list slug', async () => {
    const author = await createSignedInUser(t);
    const proposal = await submitProposal(t, author, { title: 'Voorstel voor een live lijst', themeId });
    const list = await publishedList('live-lijst', proposal.id);
    const live = subscribe('subscription ($id: ID!) { commentAdded(targetId: $id) { body listSlug } }', {
      id: list.itemId,
    });
    await live.ready;
    await comment(author, list.itemId, 'Een reactie bij het punt.');
    await waitUntil(() => live.received.length > 0);
    expect(live.received).toEqual([
      { commentAdded: { body: 'Een reactie bij het punt.', listSlug: 'live-lijst' } },
    ]);
  });

  it('exports comment counts and never a comment text, and does not count hidden comments', async () => {
    const author = await createSignedInUser(t);
    const proposal = await submitProposal(t, author, { title: 'Voorstel voor de export', themeId });
    const list = await publishedList('export-met-reacties', proposal.id);
    const members = await Promise.all(Array.from({ length: 3 }, () => createSignedInUser(t)));
    await comment(members[0]!, proposal.id, 'Ik ben voor.', { alignment: 'IN_FAVOR' });
    await comment(members[1]!, proposal.id, 'Ik ben tegen.', { alignment: 'AGAINST' });
    const hidden = await comment(members[2]!, proposal.id, 'Geheime tekst die verborgen wordt', {
      alignment: 'IN_FAVOR',
    });
    await t.app
      .get(CommentsService)
      .changeStatus(hidden, () => ({ status: 'HIDDEN', statusReason: 'Persoonsgegevens' }));
    await comment(members[0]!, list.itemId, 'Reactie bij het punt.');
    const hiddenOnItem = await comment(members[1]!, list.itemId, 'Geheime tekst bij het punt');
    await t.app
      .get(CommentsService)
      .changeStatus(hiddenOnItem, () => ({ status: 'HIDDEN', statusReason: 'Persoonsgegevens' }));

    const csv = await request(t.http).get('/export/proposals.csv');
    expect(csv.status).toBe(200);
    const [header, ...rows] = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header!.endsWith(',created_at,comment_count,comments_in_favor,comments_against')).toBe(true);
    const row = rows.find((line) => line.startsWith(`${proposal.id},`));
    expect(row?.endsWith(',2,1,1')).toBe(true);
    expect(csv.text).not.toMatch(/Geheime tekst/);

    const json = await request(t.http).get('/export/lists/export-met-reacties.json');
    expect((json.body as { items: { commentCount: number }[] }).items[0]!.commentCount).toBe(1);
    const listCsv = await request(t.http).get('/export/lists/export-met-reacties.csv');
    expect(listCsv.text.split('\r\n')[0]!.endsWith(',comment_count')).toBe(true);
    expect(`${json.text}${listCsv.text}`).not.toMatch(/Geheime tekst|Reactie bij het punt/);
  });

  it("puts a member's comments in their copy, and keeps them under the removed member after deletion", async () => {
    const author = await createSignedInUser(t);
    const proposal = await submitProposal(t, author, { title: 'Voorstel van een vertrekkend lid', themeId });
    const member = await createSignedInUser(t, [], 'Vertrekkend lid');
    const id = await comment(member, proposal.id, 'Mijn mening blijft staan.', { alignment: 'AGAINST' });
    const copy = await t.gql<{ exportMyData: string }>('{ exportMyData }', {}, { token: member.accessToken });
    expect((JSON.parse(copy.data!.exportMyData) as { comments: unknown[] }).comments).toEqual([
      expect.objectContaining({
        id,
        targetType: 'PROPOSAL',
        targetId: proposal.id,
        alignment: 'AGAINST',
        body: 'Mijn mening blijft staan.',
        status: 'PUBLISHED',
        editedAt: null,
      }),
    ]);
    const deleted = await t.gql(
      'mutation ($password: String!) { deleteMyAccount(password: $password) }',
      { password: TEST_PASSWORD },
      { token: member.accessToken },
    );
    expect(deleted.errors).toBeUndefined();
    const after = await t.gql<{
      comments: { edges: { node: { id: string; body: string; author: unknown } }[] };
    }>('query ($id: ID!) { comments(targetId: $id) { edges { node { id body author { id } } } } }', {
      id: proposal.id,
    });
    expect(after.data!.comments.edges).toEqual([
      { node: { id, body: 'Mijn mening blijft staan.', author: null } },
    ]);
  });

  it('mails a reply at once to a thread author with a verified address, without its text', async () => {
    const author = await createSignedInUser(t);
    const proposal = await submitProposal(t, author, { title: 'Voorstel met mail', themeId });
    const threadAuthor = await createSignedInUser(t, [], 'Lezer met mail');
    await setMailState(t.app, threadAuthor.user._id, { verified: true });
    const thread = await comment(threadAuthor, proposal.id, 'Wie houdt dit bij?');
    const replier = await createSignedInUser(t);
    await comment(replier, proposal.id, 'Het ministerie, elk kwartaal opnieuw.', { parentId: thread });
    await drain();
    const mail = await waitForMail(threadAuthor.user.email, { subject: /gereageerd op je reactie/ });
    expect(mail.subject).toBe('Iemand heeft gereageerd op je reactie bij „Voorstel met mail”');
    expect(new URL(linkIn(mail, '/voorstel/')).pathname).toBe(`/voorstel/${proposal.id}`);
    expect(`${mail.text}${mail.html}`).not.toMatch(/elk kwartaal/);
    // New comments go to the daily digest by default: nothing else by mail now.
    expect(await mailsTo(threadAuthor.user.email)).toHaveLength(1);
  });
});
