import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { Role } from '@app/accounts';
import { DatabaseProfile, detectDatabaseProfile, DocumentCaches, InMemoryAccelerators } from '@app/database';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { PROPOSAL_FIELDS, type ProposalView, submitProposal, themeIds, vote } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

const RANKED = `query ($sort: ProposalSort!, $after: String) {
  proposals(sort: $sort, first: 2, after: $after) {
    totalCount edges { node { ${PROPOSAL_FIELDS} } } pageInfo { hasNextPage endCursor }
  }
}`;

interface RankedPage {
  proposals: {
    totalCount: number;
    edges: { node: ProposalView }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** The collections this app queried with `_id: { $in }` (mongoose's debug hook sees every query). */
function recordIdInQueries(t: TestApp): Set<string> {
  const seen = new Set<string>();
  t.app
    .get<Connection>(getConnectionToken())
    .set('debug', (collection: string, _method: string, query: unknown) => {
      const id = (query as { _id?: unknown } | null)?._id;
      if (typeof id === 'object' && id !== null && '$in' in id) seen.add(collection);
    });
  return seen;
}

/** Every page of a ranked order, in order. */
async function allPages(t: TestApp, sort: string, token: string): Promise<ProposalView[]> {
  const nodes: ProposalView[] = [];
  let after: string | null = null;
  do {
    const response: { data?: RankedPage | null; errors?: unknown } = await t.gql<RankedPage>(
      RANKED,
      { sort, after },
      { token },
    );
    expect(response.errors).toBeUndefined();
    const page: RankedPage['proposals'] = response.data!.proposals;
    nodes.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return nodes;
}

describe('database profile', () => {
  it('is detected as ferretdb on the embedded server, with the in-memory accelerators on', async () => {
    const t = await startTestApp('e2e_profile_detected');
    try {
      const profile = t.app.get(DatabaseProfile);
      expect([profile.name, profile.source]).toEqual(['ferretdb', 'detected']);
      expect(await detectDatabaseProfile(t.app.get<Connection>(getConnectionToken()))).toBe('ferretdb');
      expect(t.app.get(InMemoryAccelerators).on).toBe(true);
      const seen = recordIdInQueries(t);
      const member = await createSignedInUser(t);
      await t.gql('{ me { id } }', {}, { token: member.accessToken });
      expect(seen).toEqual(new Set());
    } finally {
      await t.close();
    }
  });

  describe('forced to mongodb on the embedded server (slow but correct)', () => {
    let t: TestApp;
    let seen: Set<string>;
    let author: SignedInUser;
    let voters: SignedInUser[];
    let proposals: ProposalView[];

    beforeAll(async () => {
      t = await startTestApp('e2e_profile_mongodb', { DATABASE_PROFILE: 'mongodb' });
      seen = recordIdInQueries(t);
      author = await createSignedInUser(t, [], 'Indiener');
      voters = await Promise.all([1, 2, 3].map(() => createSignedInUser(t)));
      const themes = await themeIds(t);
      proposals = [];
      for (const title of ['Eén loket voor starters', 'Minder regels voor zzp', 'Groene daken subsidie']) {
        proposals.push(await submitProposal(t, author, { title, themeId: themes['energy-resources']! }));
      }
    });

    afterAll(async () => {
      await t.close();
    });

    it('keeps the accelerators off and says it was configured', () => {
      const profile = t.app.get(DatabaseProfile);
      expect([profile.name, profile.source]).toEqual(['mongodb', 'configured']);
      expect(t.app.get(InMemoryAccelerators).on).toBe(false);
      const cache = t.app.get(DocumentCaches).create<string>('probe', 10);
      cache.set('a', 'A');
      expect(cache.get('a')).toBeUndefined();
    });

    it('votes, ranks and pages from the database, and reads by id with one $in', async () => {
      const [first, second, third] = proposals as [ProposalView, ProposalView, ProposalView];
      for (const voter of voters) expect((await vote(t, voter, second.id, 'UP')).errors).toBeUndefined();
      expect((await vote(t, voters[0]!, third.id, 'UP')).errors).toBeUndefined();
      expect((await vote(t, voters[1]!, first.id, 'DOWN')).errors).toBeUndefined();
      expect((await vote(t, voters[1]!, first.id, null)).errors).toBeUndefined();

      const top = await allPages(t, 'TOP', voters[0]!.accessToken);
      expect(top.map((node) => [node.title, node.upvotes, node.downvotes, node.myVote])).toEqual([
        [second.title, 3, 0, 'UP'],
        [third.title, 1, 0, 'UP'],
        [first.title, 0, 0, null],
      ]);
      expect(top.every((node) => node.author?.displayName === 'Indiener')).toBe(true);
      const newest = await allPages(t, 'NEWEST', author.accessToken);
      expect(newest.map((node) => node.id)).toEqual([third.id, second.id, first.id]);
      expect(new Set((await allPages(t, 'RANDOM', author.accessToken)).map((node) => node.id))).toEqual(
        new Set(proposals.map((proposal) => proposal.id)),
      );
      // Authors and the viewer's votes were read in batches by `$in`, as MongoDB serves them best.
      expect(seen.has('users')).toBe(true);
      expect(seen.has('votes')).toBe(true);
    });

    it('publishes a list whose follow-ups are read back, and marks notifications read', async () => {
      const editor = await createSignedInUser(t, [Role.EDITOR]);
      const created = await t.gql<{ createCuratedList: { id: string; slug: string } }>(
        'mutation ($input: CreateCuratedListInput!) { createCuratedList(input: $input) { id slug } }',
        { input: { title: 'Lijst voor de minister', addressee: 'Minister', language: 'nl' } },
        { token: editor.accessToken },
      );
      const list = created.data!.createCuratedList;
      const items = proposals.map((proposal) => ({ title: proposal.title, proposalIds: [proposal.id] }));
      expect(
        (
          await t.gql(
            'mutation ($id: ID!, $input: UpdateCuratedListDraftInput!) { updateCuratedListDraft(id: $id, input: $input) { id } }',
            { id: list.id, input: { items } },
            { token: editor.accessToken },
          )
        ).errors,
      ).toBeUndefined();
      expect(
        (
          await t.gql(
            'mutation ($id: ID!) { publishCuratedList(id: $id) { id } }',
            { id: list.id },
            { token: editor.accessToken },
          )
        ).errors,
      ).toBeUndefined();
      const read = await t.gql<{
        curatedList: { items: { followUp: { status: { key: string } } | null }[] };
      }>('query ($slug: String!) { curatedList(slug: $slug) { items { followUp { status { key } } } } }', {
        slug: list.slug,
      });
      expect(read.data!.curatedList.items.map((item) => item.followUp !== null)).toEqual([true, true, true]);
      expect(seen.has('follow_ups')).toBe(true);

      const inbox = '{ notifications(first: 50) { edges { node { id readAt } } } }';
      const waitForNotifications = async (): Promise<string[]> => {
        for (let attempt = 0; attempt < 50; attempt += 1) {
          const response = await t.gql<{ notifications: { edges: { node: { id: string } }[] } }>(
            inbox,
            {},
            { token: author.accessToken },
          );
          const ids = response.data!.notifications.edges.map((edge) => edge.node.id);
          if (ids.length > 0) return ids;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return [];
      };
      const ids = await waitForNotifications();
      expect(ids.length).toBeGreaterThan(0);
      const marked = await t.gql<{ markNotificationsRead: number }>(
        'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
        { ids },
        { token: author.accessToken },
      );
      expect(marked.data?.markNotificationsRead).toBe(ids.length);
      expect(seen.has('notifications')).toBe(true);
    });
  });
});
