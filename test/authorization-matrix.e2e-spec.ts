import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { AccountService, Role } from '@app/accounts';
import { CuratedListsService } from '@app/curation';
import { CommentAlignmentEnum, CommentsService } from '@app/discussion';
import { UnsubscribeTokens } from '@app/notifications';
import { PairwiseService, ProposalsService, ThemesService } from '@app/proposals';
import { createSignedInUser, mailedToken, type SignedInUser, TEST_PASSWORD } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Who may run each operation of the API. Every Query and Mutation field in schema.graphql must
 * have a row: a new operation without one fails this spec, so its access rule is decided on purpose.
 */
type Actor = 'anonymous' | Role;
type Verdict = 'allowed' | 'denied';
type Access = Record<Actor, Verdict>;

interface Row {
  document: string;
  /** Variables for one attempt by `actor` (null when anonymous); may create what the attempt needs. */
  arrange?: (t: TestApp, actor: SignedInUser | null) => Promise<Record<string, unknown>>;
  access: Access;
}

const ACTORS: Actor[] = ['anonymous', Role.MEMBER, Role.MODERATOR, Role.EDITOR, Role.LIAISON, Role.ADMIN];

const everyone: Access = {
  anonymous: 'allowed',
  MEMBER: 'allowed',
  MODERATOR: 'allowed',
  EDITOR: 'allowed',
  LIAISON: 'allowed',
  ADMIN: 'allowed',
};
const adminsOnly: Access = {
  anonymous: 'denied',
  MEMBER: 'denied',
  MODERATOR: 'denied',
  EDITOR: 'denied',
  LIAISON: 'denied',
  ADMIN: 'allowed',
};

const signedIn: Access = { ...everyone, anonymous: 'denied' };
const moderators: Access = { ...adminsOnly, MODERATOR: 'allowed' };

/** A proposal by `author`, or by a new user when the actor is anonymous or must not be the author. */
async function proposalBy(t: TestApp, author: SignedInUser | null): Promise<string> {
  const user = author ?? (await createSignedInUser(t));
  const [theme] = await t.app.get(ThemesService).all();
  const proposal = await t.app.get(ProposalsService).submit(user.user, {
    title: 'Matrix suggestion',
    body: 'A suggestion that the authorization matrix acts on.',
    themeId: theme!._id.toHexString(),
    language: 'en',
  });
  return proposal._id.toHexString();
}

/** A comment by `author` (by a new user when null) on a new suggestion; answers its id. */
async function commentBy(t: TestApp, author: SignedInUser | null): Promise<string> {
  const user = author ?? (await createSignedInUser(t));
  const comment = await t.app.get(CommentsService).add(user.user, {
    targetId: await proposalBy(t, null),
    body: 'A comment that the authorization matrix acts on.',
    alignment: CommentAlignmentEnum.NEUTRAL,
  });
  return comment._id.toHexString();
}

const editors: Access = { ...adminsOnly, EDITOR: 'allowed' };
const liaisonsAndEditors: Access = { ...editors, LIAISON: 'allowed' };

/** A list with one item; published when asked (then the item has a follow-up). */
async function listWithItem(
  t: TestApp,
  published: boolean,
): Promise<{ id: string; slug: string; itemId: string }> {
  const editor = (await createSignedInUser(t, [Role.EDITOR])).user;
  const lists = t.app.get(CuratedListsService);
  const created = await lists.create(editor, {
    title: 'Matrix list',
    slug: `matrix-${randomUUID().slice(0, 8)}`,
    addressee: 'Minister',
    language: 'en',
  });
  const id = created.list._id.toHexString();
  const draft = await lists.updateDraft(id, { items: [{ title: 'Matrix item', proposalIds: [] }] });
  const view = published ? await lists.publish(editor, id) : draft;
  return { id, slug: created.list.slug, itemId: view.content.items[0]!.id };
}

/** A pair token for `actor` (for another member when anonymous), with two suggestions to compare. */
async function pairToken(t: TestApp, actor: SignedInUser | null): Promise<Record<string, unknown>> {
  await proposalBy(t, null);
  await proposalBy(t, null);
  const member = actor ?? (await createSignedInUser(t));
  return { token: (await t.app.get(PairwiseService).nextPair(member.user)).token };
}

const otherUserId = async (t: TestApp): Promise<Record<string, unknown>> => ({
  userId: (await createSignedInUser(t)).user._id.toHexString(),
});

const QUERIES: Record<string, Row> = {
  me: { document: '{ me { id } }', access: everyone },
  themes: { document: '{ themes { id } }', access: everyone },
  sectors: { document: '{ sectors { id slug } }', access: everyone },
  proposal: {
    document: 'query ($id: ID!) { proposal(id: $id) { id myVote } }',
    arrange: async (t) => ({ id: await proposalBy(t, null) }),
    access: everyone,
  },
  proposals: { document: '{ proposals { totalCount } }', access: everyone },
  nextPair: {
    document: '{ nextPair { token left { id } right { id } } }',
    arrange: async (t) => {
      await proposalBy(t, null);
      await proposalBy(t, null);
      return {};
    },
    access: signedIn,
  },
  similarProposals: { document: '{ similarProposals(text: "matrix") { id } }', access: everyone },
  statistics: { document: '{ statistics { themes { upvotes } } }', access: everyone },
  auditLog: { document: '{ auditLog { totalCount } }', access: moderators },
  curatedList: {
    document: 'query ($slug: String!) { curatedList(slug: $slug) { id items { followUp { progress } } } }',
    arrange: async (t) => ({ slug: (await listWithItem(t, true)).slug }),
    access: everyone,
  },
  curatedLists: { document: '{ curatedLists { totalCount } }', access: everyone },
  proposalClusters: {
    document: '{ proposalClusters { proposalCount clusters { id } unclustered { id } } }',
    access: editors,
  },
  followUpStatuses: { document: '{ followUpStatuses { key } }', access: everyone },
  limits: { document: '{ limits { proposalTitle { min max } } }', access: everyone },
  following: {
    document: 'query ($id: ID!) { following(targetId: $id) }',
    arrange: async (t) => ({ id: await proposalBy(t, null) }),
    access: signedIn,
  },
  notifications: { document: '{ notifications { totalCount } }', access: signedIn },
  unreadNotificationCount: { document: '{ unreadNotificationCount }', access: signedIn },
  serverStatus: { document: '{ serverStatus { version } }', access: everyone },
  users: { document: '{ users { totalCount } }', access: adminsOnly },
  exportMyData: { document: '{ exportMyData }', access: signedIn },
  myVotes: { document: '{ myVotes { totalCount } }', access: signedIn },
  myFollows: { document: '{ myFollows { totalCount } }', access: signedIn },
  comments: {
    document:
      'query ($id: ID!) { comments(targetId: $id) { totalCount edges { node { id author { id } replies { totalCount } } } } }',
    arrange: async (t) => {
      const id = await commentBy(t, null);
      return { id: (await t.app.get(CommentsService).require(id)).targetId };
    },
    access: everyone,
  },
  comment: {
    document: 'query ($id: ID!) { comment(id: $id) { id author { id } replies { totalCount } } }',
    arrange: async (t) => ({ id: await commentBy(t, null) }),
    access: everyone,
  },
  flaggedComments: { document: '{ flaggedComments { totalCount } }', access: moderators },
  flaggedProposals: { document: '{ flaggedProposals { totalCount } }', access: moderators },
};

const MUTATIONS: Record<string, Row> = {
  follow: {
    document: 'mutation ($id: ID!) { follow(targetId: $id) }',
    arrange: async (t) => ({ id: await proposalBy(t, null) }),
    access: signedIn,
  },
  unfollow: {
    document: 'mutation ($id: ID!) { unfollow(targetId: $id) }',
    arrange: async (t) => ({ id: await proposalBy(t, null) }),
    access: signedIn,
  },
  markNotificationsRead: { document: 'mutation { markNotificationsRead(ids: []) }', access: signedIn },
  updateNotificationPreferences: {
    document:
      'mutation { updateNotificationPreferences(input: { preferences: [{ type: LIST_PUBLISHED, email: NEVER }] }) { id notificationPreferences { type email } } }',
    access: signedIn,
  },
  unsubscribe: {
    document: 'mutation ($token: String!) { unsubscribe(token: $token) }',
    arrange: async (t, actor) => ({
      token: t.app.get(UnsubscribeTokens).sign({
        userId: (actor ?? (await createSignedInUser(t))).user._id.toHexString(),
        scope: 'ALL',
      }),
    }),
    access: everyone,
  },
  createCuratedList: {
    document:
      'mutation ($slug: String!) { createCuratedList(input: { title: "Matrix list", slug: $slug, addressee: "Minister", language: en }) { id } }',
    arrange: () => Promise.resolve({ slug: `matrix-${randomUUID().slice(0, 8)}` }),
    access: editors,
  },
  updateCuratedListDraft: {
    document: 'mutation ($id: ID!) { updateCuratedListDraft(id: $id, input: { title: "Renamed" }) { id } }',
    arrange: async (t) => ({ id: (await listWithItem(t, false)).id }),
    access: editors,
  },
  addDraftItem: {
    document:
      'mutation ($id: ID!) { addDraftItem(listId: $id, input: { title: "Matrix item", proposalIds: [] }) { id } }',
    arrange: async (t) => ({ id: (await listWithItem(t, false)).id }),
    access: editors,
  },
  publishCuratedList: {
    document: 'mutation ($id: ID!) { publishCuratedList(id: $id) { id } }',
    arrange: async (t) => ({ id: (await listWithItem(t, false)).id }),
    access: editors,
  },
  reviseCuratedList: {
    document: 'mutation ($id: ID!) { reviseCuratedList(id: $id) { id } }',
    arrange: async (t) => ({ id: (await listWithItem(t, true)).id }),
    access: editors,
  },
  recordFollowUp: {
    document:
      'mutation ($itemId: ID!) { recordFollowUp(input: { itemId: $itemId, statusKey: "received", note: "Received" }) { progress } }',
    arrange: async (t) => ({ itemId: (await listWithItem(t, true)).itemId }),
    access: liaisonsAndEditors,
  },
  upsertFollowUpStatus: {
    document:
      'mutation ($key: String!) { upsertFollowUpStatus(input: { key: $key, nameNl: "Status", nameEn: "Status", kind: OPEN, color: "#123456" }) { key } }',
    arrange: () => Promise.resolve({ key: `matrix-${randomUUID().slice(0, 8)}` }),
    access: adminsOnly,
  },
  upsertSector: {
    document:
      'mutation ($slug: String!) { upsertSector(input: { slug: $slug, nameNl: "Sector", nameEn: "Sector" }) { id } }',
    arrange: () => Promise.resolve({ slug: `matrix-${randomUUID().slice(0, 8)}` }),
    access: adminsOnly,
  },
  upsertTheme: {
    document:
      'mutation ($slug: String!) { upsertTheme(input: { slug: $slug, nameNl: "Thema", nameEn: "Theme" }) { id } }',
    arrange: () => Promise.resolve({ slug: `matrix-${randomUUID().slice(0, 8)}` }),
    access: adminsOnly,
  },
  submitProposal: {
    document:
      'mutation ($themeId: ID!) { submitProposal(input: { title: "Matrix suggestion", body: "Long enough to be a suggestion.", themeId: $themeId, language: en }) { id } }',
    arrange: async (t) => ({ themeId: (await t.app.get(ThemesService).all())[0]!._id.toHexString() }),
    access: signedIn,
  },
  // Object level: the author may edit and withdraw their own suggestion (checked in the service).
  updateProposal: {
    document:
      'mutation ($id: ID!) { updateProposal(id: $id, input: { title: "Edited by its author" }) { id } }',
    arrange: async (t, actor) => ({ id: await proposalBy(t, actor) }),
    access: signedIn,
  },
  withdrawProposal: {
    document: 'mutation ($id: ID!) { withdrawProposal(id: $id, reason: "No longer needed") { id } }',
    arrange: async (t, actor) => ({ id: await proposalBy(t, actor) }),
    access: signedIn,
  },
  castVote: {
    document: 'mutation ($id: ID!) { castVote(proposalId: $id, value: UP) { id } }',
    arrange: async (t) => ({ id: await proposalBy(t, null) }),
    access: signedIn,
  },
  comparePair: {
    document: 'mutation ($token: String!) { comparePair(token: $token, choice: LEFT) }',
    arrange: pairToken,
    access: signedIn,
  },
  retractVote: {
    document: 'mutation ($id: ID!) { retractVote(proposalId: $id) { id } }',
    arrange: async (t) => ({ id: await proposalBy(t, null) }),
    access: signedIn,
  },
  flagProposal: {
    document: 'mutation ($id: ID!) { flagProposal(id: $id, reason: "Looks like spam") }',
    arrange: async (t) => ({ id: await proposalBy(t, null) }),
    access: signedIn,
  },
  addComment: {
    document:
      'mutation ($id: ID!) { addComment(input: { targetId: $id, body: "Mee eens", alignment: IN_FAVOR }) { id } }',
    arrange: async (t) => ({ id: await proposalBy(t, null) }),
    access: signedIn,
  },
  editComment: {
    document: 'mutation ($id: ID!) { editComment(id: $id, body: "Edited by its author") { id } }',
    arrange: async (t, actor) => ({ id: await commentBy(t, actor) }),
    access: signedIn,
  },
  deleteComment: {
    document: 'mutation ($id: ID!) { deleteComment(id: $id) { id } }',
    arrange: async (t, actor) => ({ id: await commentBy(t, actor) }),
    access: signedIn,
  },
  voteComment: {
    document: 'mutation ($id: ID!) { voteComment(id: $id, up: true) { id } }',
    arrange: async (t) => ({ id: await commentBy(t, null) }),
    access: signedIn,
  },
  retractCommentVote: {
    document: 'mutation ($id: ID!) { retractCommentVote(id: $id) { id } }',
    arrange: async (t) => ({ id: await commentBy(t, null) }),
    access: signedIn,
  },
  flagComment: {
    document: 'mutation ($id: ID!) { flagComment(id: $id, reason: "Looks like spam") }',
    arrange: async (t) => ({ id: await commentBy(t, null) }),
    access: signedIn,
  },
  hideComment: {
    document: 'mutation ($id: ID!) { hideComment(id: $id, reason: "Off topic") { id } }',
    arrange: async (t) => ({ id: await commentBy(t, null) }),
    access: moderators,
  },
  unhideComment: {
    document: 'mutation ($id: ID!) { unhideComment(id: $id) { id } }',
    arrange: async (t) => {
      const id = await commentBy(t, null);
      await t.app
        .get(CommentsService)
        .changeStatus(id, () => ({ status: 'HIDDEN', statusReason: 'Off topic' }));
      return { id };
    },
    access: moderators,
  },
  hideProposal: {
    document: 'mutation ($id: ID!) { hideProposal(id: $id, reason: "Off topic") { id } }',
    arrange: async (t) => ({ id: await proposalBy(t, null) }),
    access: moderators,
  },
  unhideProposal: {
    document: 'mutation ($id: ID!) { unhideProposal(id: $id) { id } }',
    arrange: async (t) => {
      const id = await proposalBy(t, null);
      const moderator = await createSignedInUser(t, [Role.MODERATOR]);
      await t.gql(
        'mutation ($id: ID!) { hideProposal(id: $id, reason: "Off topic") { id } }',
        { id },
        { token: moderator.accessToken },
      );
      return { id };
    },
    access: moderators,
  },
  clearProposalFlags: {
    document: 'mutation ($id: ID!) { clearProposalFlags(id: $id) { id } }',
    arrange: async (t) => ({ id: await proposalBy(t, null) }),
    access: moderators,
  },
  mergeProposal: {
    document: 'mutation ($id: ID!, $intoId: ID!) { mergeProposal(id: $id, intoId: $intoId) { id } }',
    arrange: async (t) => ({ id: await proposalBy(t, null), intoId: await proposalBy(t, null) }),
    access: moderators,
  },
  register: {
    document: 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }',
    arrange: () =>
      Promise.resolve({
        input: { email: `${randomUUID()}@example.nl`, password: TEST_PASSWORD, displayName: 'Matrix' },
      }),
    access: everyone,
  },
  login: {
    document: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    arrange: async (t) => ({
      input: { email: (await createSignedInUser(t)).user.email, password: TEST_PASSWORD },
    }),
    access: everyone,
  },
  refresh: {
    document: 'mutation ($token: String!) { refresh(refreshToken: $token) { accessToken } }',
    arrange: async (t) => ({ token: (await createSignedInUser(t)).refreshToken }),
    access: everyone,
  },
  logout: {
    document: 'mutation ($token: String!) { logout(refreshToken: $token) }',
    arrange: async (t) => ({ token: (await createSignedInUser(t)).refreshToken }),
    access: everyone,
  },
  verifyEmail: {
    document: 'mutation ($token: String!) { verifyEmail(token: $token) { id } }',
    arrange: async (t) => {
      const { user } = await createSignedInUser(t);
      await t.app.get(AccountService).requestEmailVerification(user);
      return { token: await mailedToken(user.email, '/e-mail-bevestigen/') };
    },
    access: everyone,
  },
  requestEmailVerification: { document: 'mutation { requestEmailVerification }', access: signedIn },
  requestPasswordReset: {
    document: 'mutation ($email: String!) { requestPasswordReset(email: $email) }',
    arrange: async (t) => ({ email: (await createSignedInUser(t)).user.email }),
    access: everyone,
  },
  resetPassword: {
    document:
      'mutation ($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) { accessToken } }',
    arrange: async (t) => {
      const { user } = await createSignedInUser(t);
      await t.app.get(AccountService).sendPasswordReset(user._id.toHexString());
      return {
        token: await mailedToken(user.email, '/wachtwoord-herstellen/'),
        password: `${TEST_PASSWORD}-2`,
      };
    },
    access: everyone,
  },
  changePassword: {
    document:
      'mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }',
    arrange: () => Promise.resolve({ current: TEST_PASSWORD, next: `${TEST_PASSWORD}-2` }),
    access: signedIn,
  },
  changeEmail: {
    document:
      'mutation ($password: String!, $email: String!) { changeEmail(password: $password, newEmail: $email) }',
    arrange: () => Promise.resolve({ password: TEST_PASSWORD, email: `${randomUUID()}@example.nl` }),
    access: signedIn,
  },
  updateProfile: {
    document: 'mutation { updateProfile(input: { displayName: "Matrix profile" }) { id } }',
    access: signedIn,
  },
  resendVerification: {
    document: 'mutation ($userId: ID!) { resendVerification(userId: $userId) }',
    arrange: otherUserId,
    access: adminsOnly,
  },
  sendPasswordReset: {
    document: 'mutation ($userId: ID!) { sendPasswordReset(userId: $userId) }',
    arrange: otherUserId,
    access: adminsOnly,
  },
  setUserRoles: {
    document: 'mutation ($userId: ID!) { setUserRoles(userId: $userId, roles: [EDITOR]) { id } }',
    arrange: otherUserId,
    access: adminsOnly,
  },
  blockUser: {
    document: 'mutation ($userId: ID!) { blockUser(userId: $userId, reason: "Matrix test") { id } }',
    arrange: otherUserId,
    access: adminsOnly,
  },
  unblockUser: {
    document: 'mutation ($userId: ID!) { unblockUser(userId: $userId) { id } }',
    arrange: otherUserId,
    access: adminsOnly,
  },
  // Last: the admins that earlier rows created remain, so the admin deleting themself is not the last.
  deleteMyAccount: {
    document: 'mutation ($password: String!) { deleteMyAccount(password: $password) }',
    arrange: () => Promise.resolve({ password: TEST_PASSWORD }),
    access: signedIn,
  },
};

const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
const operationsIn = (type: 'Query' | 'Mutation'): string[] =>
  Object.keys(
    (type === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {},
  ).sort();

describe('authorization matrix', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('e2e_authorization_matrix');
  });

  afterAll(async () => {
    await t.close();
  });

  it('has a row for every query and mutation in schema.graphql, and none for operations that do not exist', () => {
    expect(Object.keys(QUERIES).sort()).toEqual(operationsIn('Query'));
    expect(Object.keys(MUTATIONS).sort()).toEqual(operationsIn('Mutation'));
  });

  const cases = [...Object.entries(QUERIES), ...Object.entries(MUTATIONS)].flatMap(([name, row]) =>
    ACTORS.map((actor) => [name, actor, row.access[actor], row] as const),
  );

  it.each(cases)('%s by %s is %s', async (_, actor, verdict, row) => {
    const signedIn = actor === 'anonymous' ? null : await createSignedInUser(t, [actor]);
    const variables = (await row.arrange?.(t, signedIn)) ?? {};
    const response = await t.gql(row.document, variables, signedIn ? { token: signedIn.accessToken } : {});
    if (verdict === 'allowed') {
      expect(response.errors).toBeUndefined();
    } else {
      expect(response.errors?.[0]?.extensions?.code).toBe(
        actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      );
      expect(response.data ?? null).toBeNull();
    }
  });
});
