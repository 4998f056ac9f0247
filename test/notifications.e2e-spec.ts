import { getModelToken } from '@nestjs/mongoose';
import { createClient, type Client } from 'graphql-ws';
import type { Model } from 'mongoose';
import WebSocket from 'ws';
import { Role } from '@app/accounts';
import { DomainEvents } from '@app/events';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { type ProposalView, submitProposal, themeIds, vote } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

const INBOX =
  '{ unreadNotificationCount notifications(first: 50) { totalCount edges { node { id type message targetSlug readAt } } } }';

interface Inbox {
  unreadNotificationCount: number;
  notifications: {
    totalCount: number;
    edges: { node: { id: string; type: string; message: string; targetSlug: string | null } }[];
  };
}

describe('follows, notifications and live updates', () => {
  let t: TestApp;
  let url: string;
  let author: SignedInUser;
  let voter: SignedInUser;
  let bystander: SignedInUser;
  let editor: SignedInUser;
  let liaison: SignedInUser;
  let proposal: ProposalView;
  let listId: string;
  let itemId: string;
  const clients: Client[] = [];

  const inbox = async (user: SignedInUser): Promise<Inbox> => {
    await t.app.get(DomainEvents).drain();
    const response = await t.gql<Inbox>(INBOX, {}, { token: user.accessToken });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  const subscribe = (query: string, variables: Record<string, unknown>, token?: string) => {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
    });
    clients.push(client);
    const received: unknown[] = [];
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
  };

  const waitUntil = async (condition: () => boolean, ms = 5_000): Promise<void> => {
    const deadline = Date.now() + ms;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  beforeAll(async () => {
    t = await startTestApp('e2e_notifications');
    await t.app.listen(0, '127.0.0.1');
    url = (await t.app.getUrl()).replace(/^http/, 'ws').replace('[::1]', '127.0.0.1') + '/graphql';
    author = await createSignedInUser(t, [], 'Auteur');
    voter = await createSignedInUser(t, [], 'Stemmer');
    bystander = await createSignedInUser(t, [], 'Toeschouwer');
    editor = await createSignedInUser(t, [Role.EDITOR], 'Redactie');
    liaison = await createSignedInUser(t, [Role.LIAISON], 'Ministerie');
    proposal = await submitProposal(t, author, {
      title: 'Fiscale regeling voor jonge medewerkers',
      themeId: (await themeIds(t)).talent!,
    });
    await vote(t, voter, proposal.id, 'UP');

    const created = await t.gql<{ createCuratedList: { id: string } }>(
      'mutation { createCuratedList(input: { title: "Het elfde gebod", slug: "elfde-gebod", addressee: "Minister van Financiën", language: nl }) { id } }',
      {},
      { token: editor.accessToken },
    );
    listId = created.data!.createCuratedList.id;
    await t.gql(
      'mutation ($id: ID!, $pid: ID!) { updateCuratedListDraft(id: $id, input: { items: [{ title: "Dagdeel per week kennis vergaren", proposalIds: [$pid] }] }) { id } }',
      { id: listId, pid: proposal.id },
      { token: editor.accessToken },
    );
    const published = await t.gql<{ publishCuratedList: { items: { id: string }[] } }>(
      'mutation ($id: ID!) { publishCuratedList(id: $id) { items { id } } }',
      { id: listId },
      { token: editor.accessToken },
    );
    itemId = published.data!.publishCuratedList.items[0]!.id;
  });

  afterAll(async () => {
    for (const client of clients) {
      await client.dispose();
    }
    await t.close();
  });

  const record = (note: string) =>
    t.gql(
      'mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { progress } }',
      { input: { itemId, statusKey: 'in-talks', note } },
      { token: liaison.accessToken },
    );

  it('tells the author and voters (who follow automatically) that a list includes the suggestion, and nobody else', async () => {
    for (const user of [author, voter]) {
      const box = await inbox(user);
      expect(box.unreadNotificationCount).toBe(1);
      expect(box.notifications.edges[0]?.node).toMatchObject({
        type: 'LIST_PUBLISHED',
        message: '„Het elfde gebod” is gepubliceerd (versie 1)',
        targetSlug: 'elfde-gebod',
      });
    }
    expect((await inbox(bystander)).notifications.totalCount).toBe(0);
    expect((await inbox(editor)).notifications.totalCount).toBe(0);
  });

  it('follows explicitly, honours unfollow (authors still hear), and does not re-follow on a vote', async () => {
    expect(
      (
        await t.gql(
          'mutation ($id: ID!) { follow(targetId: $id) }',
          { id: listId },
          { token: bystander.accessToken },
        )
      ).data,
    ).toEqual({
      follow: true,
    });
    await t.gql(
      'mutation ($id: ID!) { unfollow(targetId: $id) }',
      { id: proposal.id },
      { token: voter.accessToken },
    );
    await t.gql(
      'mutation ($id: ID!) { unfollow(targetId: $id) }',
      { id: proposal.id },
      { token: author.accessToken },
    );
    const following = async (user: SignedInUser, targetId: string) =>
      (
        await t.gql<{ following: boolean }>(
          'query ($id: ID!) { following(targetId: $id) }',
          { id: targetId },
          { token: user.accessToken },
        )
      ).data?.following;
    expect(await following(bystander, listId)).toBe(true);
    expect(await following(author, proposal.id)).toBe(false);
    expect(await following(bystander, proposal.id)).toBe(false);
    await vote(t, voter, proposal.id, 'DOWN');
    await record('Gesprek na de verkiezingen');

    expect((await inbox(bystander)).notifications.edges.map((edge) => edge.node.type)).toEqual([
      'FOLLOW_UP_RECORDED',
    ]);
    expect((await inbox(author)).notifications.edges[0]?.node.message).toBe(
      'Nieuwe opvolging bij „Dagdeel per week kennis vergaren”: In gesprek',
    );
    expect((await inbox(voter)).notifications.totalCount).toBe(1);
    expect((await inbox(liaison)).notifications.totalCount).toBe(0);
    const unknown = await t.gql(
      'mutation { follow(targetId: "ffffffffffffffffffffffff") }',
      {},
      { token: voter.accessToken },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('marks only your own notifications read', async () => {
    const before = await inbox(author);
    const ids = before.notifications.edges.map((edge) => edge.node.id);
    const bystanderBefore = (await inbox(bystander)).unreadNotificationCount;
    const marked = await t.gql(
      'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids },
      { token: bystander.accessToken },
    );
    expect(marked.data).toEqual({ markNotificationsRead: 0 });
    expect(
      (
        await t.gql(
          'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
          { ids },
          { token: author.accessToken },
        )
      ).data,
    ).toEqual({
      markNotificationsRead: ids.length,
    });
    expect((await inbox(author)).unreadNotificationCount).toBe(0);
    expect((await inbox(bystander)).unreadNotificationCount).toBe(bystanderBefore);
    const bad = await t.gql(
      'mutation { markNotificationsRead(ids: ["nope"]) }',
      {},
      { token: author.accessToken },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('delivers notificationAdded over graphql-ws to its recipient only', async () => {
    const query = 'subscription { notificationAdded { type message } }';
    const mine = subscribe(query, {}, author.accessToken);
    const others = subscribe(query, {}, editor.accessToken);
    await Promise.all([mine.ready, others.ready]);
    await record('De minister is gecharmeerd');
    await t.app.get(DomainEvents).drain();
    await waitUntil(() => mine.received.length > 0);
    expect(mine.received[0]).toEqual({
      notificationAdded: {
        type: 'FOLLOW_UP_RECORDED',
        message: 'Nieuwe opvolging bij „Dagdeel per week kennis vergaren”: In gesprek',
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(others.received).toEqual([]);
    expect(mine.errors).toEqual([]);
  });

  it('refuses notificationAdded without a token, and streams public vote counts', async () => {
    const anonymous = subscribe('subscription { notificationAdded { type } }', {});
    await waitUntil(() => anonymous.errors.length > 0);
    expect(JSON.stringify(anonymous.errors)).toMatch(/UNAUTHENTICATED/);

    const counts = subscribe(
      'subscription ($id: ID!) { proposalVotesChanged(proposalId: $id) { upvotes downvotes } }',
      { id: proposal.id },
    );
    await counts.ready;
    await vote(t, voter, proposal.id, 'UP');
    await waitUntil(() => counts.received.length > 0);
    expect(counts.received[0]).toEqual({ proposalVotesChanged: { upvotes: 1, downvotes: 0 } });
  });

  it('tells followers and the author when a moderator hides or merges a suggestion', async () => {
    const moderator = await createSignedInUser(t, [Role.MODERATOR]);
    const themeId = (await themeIds(t)).health!;
    const duplicate = await submitProposal(t, author, { title: 'Gezond blijven loont', themeId });
    const target = await submitProposal(t, bystander, { title: 'Investeer in gezond blijven', themeId });
    await vote(t, voter, duplicate.id, 'UP');
    await t.app.get(DomainEvents).drain();
    const before = {
      author: (await inbox(author)).notifications.totalCount,
      voter: (await inbox(voter)).notifications.totalCount,
    };
    await t.gql(
      'mutation ($id: ID!, $into: ID!) { mergeProposal(id: $id, intoId: $into) { status } }',
      { id: duplicate.id, into: target.id },
      { token: moderator.accessToken },
    );
    await t.gql(
      'mutation ($id: ID!) { hideProposal(id: $id, reason: "Dubbel") { status } }',
      { id: target.id },
      { token: moderator.accessToken },
    );
    const authorBox = await inbox(author);
    expect(authorBox.notifications.totalCount).toBe(before.author + 1);
    expect(authorBox.notifications.edges[0]?.node).toMatchObject({
      type: 'PROPOSAL_MERGED',
      message: '„Gezond blijven loont” is samengevoegd met een vergelijkbare suggestie',
    });
    expect((await inbox(voter)).notifications.totalCount).toBe(before.voter + 1);
    const bystanderBox = await inbox(bystander);
    expect(bystanderBox.notifications.edges[0]?.node).toMatchObject({ type: 'PROPOSAL_HIDDEN' });
    expect((await inbox(moderator)).notifications.totalCount).toBe(0);
  });

  it('keeps an event whose fan-out failed and delivers it on the next drain', async () => {
    const notifications = t.app.get<Model<unknown>>(getModelToken('Notification'));
    const failing = jest.spyOn(notifications, 'create').mockRejectedValue(new Error('database hiccup'));
    await record('Tijdelijke storing');
    await t.app.get(DomainEvents).drain();
    const failures = failing.mock.calls.length;
    failing.mockRestore();
    expect(failures).toBeGreaterThan(0);
    const before = (await t.gql<Inbox>(INBOX, {}, { token: bystander.accessToken })).data!.notifications
      .totalCount;
    await t.app.get(DomainEvents).drain();
    const after = (await inbox(bystander)).notifications.totalCount;
    expect(after).toBe(before + 1);
  });
});
