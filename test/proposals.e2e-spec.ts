import { getModelToken } from '@nestjs/mongoose';
import { DocumentCaches } from '@app/database';
import { type Model, Types } from 'mongoose';
import request from 'supertest';
import { Role } from '@app/accounts';
import type { ProposalRecord } from '@app/proposals';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { PROPOSAL_FIELDS, type ProposalView, submitProposal, themeIds, vote } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }): string | undefined =>
  response.errors?.[0]?.extensions?.code;

describe('proposals: themes, submitting, editing, withdrawing, voting', () => {
  let t: TestApp;
  let themes: Record<string, string>;
  let author: SignedInUser;
  let voters: SignedInUser[];

  beforeAll(async () => {
    t = await startTestApp('e2e_proposals');
    themes = await themeIds(t);
    author = await createSignedInUser(t, [], 'Ruud Koornstra');
    voters = await Promise.all(Array.from({ length: 11 }, (_, i) => createSignedInUser(t, [], `Voter ${i}`)));
  });

  afterAll(async () => {
    await t.close();
  });

  const UPDATE = `mutation ($id: ID!, $input: UpdateProposalInput!) { updateProposal(id: $id, input: $input) { ${PROPOSAL_FIELDS} } }`;
  const PROPOSAL = `query ($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} } }`;

  it('seeds the ten themes of the model case, named in the requested language', async () => {
    expect(Object.keys(themes)).toHaveLength(10);
    const dutch = await request(t.http).post('/graphql').send({ query: '{ themes { slug name } }' });
    const english = await request(t.http)
      .post('/graphql')
      .set('accept-language', 'en-GB,en;q=0.9')
      .send({ query: '{ themes { slug name } }' });
    type Themes = { data: { themes: { slug: string; name: string }[] } };
    expect((dutch.body as Themes).data.themes[0]).toEqual({
      slug: 'energy-resources',
      name: 'Energie en grondstoffen',
    });
    expect((english.body as Themes).data.themes[5]).toEqual({
      slug: 'finance-banking',
      name: 'Finance and banking',
    });
  });

  it('lets an admin add and rename themes', async () => {
    const admin = await createSignedInUser(t, [Role.ADMIN]);
    const UPSERT = 'mutation ($input: UpsertThemeInput!) { upsertTheme(input: $input) { slug name } }';
    const created = await t.gql(
      UPSERT,
      { input: { slug: 'digitalisering', nameNl: 'Digitalisering', nameEn: 'Digitisation' } },
      { token: admin.accessToken },
    );
    expect(created.data).toEqual({ upsertTheme: { slug: 'digitalisering', name: 'Digitalisering' } });
    const renamed = await t.gql(
      UPSERT,
      { input: { slug: 'digitalisering', nameNl: 'Digitale overheid', nameEn: 'Digital government' } },
      { token: admin.accessToken },
    );
    expect(renamed.data).toEqual({ upsertTheme: { slug: 'digitalisering', name: 'Digitale overheid' } });
    expect(Object.keys(await themeIds(t))).toHaveLength(11);
    const bad = await t.gql(
      UPSERT,
      { input: { slug: 'Niet Goed!', nameNl: 'X1', nameEn: 'X1' } },
      { token: admin.accessToken },
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });

  it('submits a suggestion with its theme and author', async () => {
    const proposal = await submitProposal(t, author, {
      title: 'Voorkom verspilling van energie en grondstoffen',
      themeId: themes['energy-resources']!,
      tags: ['Energie', 'circulair', 'energie'],
    });
    expect(proposal).toMatchObject({
      status: 'PUBLISHED',
      tags: ['energie', 'circulair'],
      upvotes: 0,
      downvotes: 0,
      myVote: null,
      mergedInto: null,
      theme: { slug: 'energy-resources', name: 'Energie en grondstoffen' },
      author: { id: author.user._id.toHexString(), displayName: 'Ruud Koornstra' },
    });
    const read = await t.gql<{ proposal: ProposalView }>(PROPOSAL, { id: proposal.id });
    expect(read.data?.proposal.title).toBe('Voorkom verspilling van energie en grondstoffen');
  });

  it.each([
    ['a short title', { title: 'Kort' }, 'input.title'],
    ['a title of six zero-width spaces', { title: '\u200B'.repeat(6) }, 'input.title'],
    ['a title with a right-to-left override', { title: 'Geldige \u202Eeltit' }, 'input.title'],
    ['a title with a line break', { title: 'Een geldige\ntitel' }, 'input.title'],
    ['a title with a lone surrogate', { title: 'Een geldige titel \uD83D' }, 'input.title'],
    ['a short body', { body: 'Te kort.' }, 'input.body'],
    ['a body of mostly zero-width spaces', { body: `Te${'\u200B'.repeat(40)}kort` }, 'input.body'],
    [
      'a body with a lone surrogate',
      { body: 'Een geldige toelichting van voldoende lengte \uDC00' },
      'input.body',
    ],
    ['too many tags', { tags: ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'] }, 'input.tags'],
    ['an unknown theme', { themeId: 'f'.repeat(24) }, 'input.themeId'],
  ])('rejects %s with BAD_USER_INPUT naming the field', async (_, change, field) => {
    const response = await t.gql(
      'mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }',
      {
        input: {
          title: 'Een geldige titel',
          body: 'Een geldige toelichting van voldoende lengte.',
          themeId: themes.talent,
          language: 'nl',
          ...change,
        },
      },
      { token: author.accessToken },
    );
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe(field);
  });

  it('votes: up, the same again (no-op), flip, retract; myVote follows', async () => {
    const proposal = await submitProposal(t, author, {
      title: 'Benut menselijk talent beter',
      themeId: themes.talent!,
    });
    const [voter] = voters;
    const up = await vote(t, voter!, proposal.id, 'UP');
    expect(up.data?.castVote).toMatchObject({ upvotes: 1, downvotes: 0, myVote: 'UP' });
    expect((await vote(t, voter!, proposal.id, 'UP')).data?.castVote).toMatchObject({
      upvotes: 1,
      downvotes: 0,
    });
    expect((await vote(t, voter!, proposal.id, 'DOWN')).data?.castVote).toMatchObject({
      upvotes: 0,
      downvotes: 1,
      myVote: 'DOWN',
    });
    expect((await vote(t, voter!, proposal.id, null)).data?.retractVote).toMatchObject({
      upvotes: 0,
      downvotes: 0,
      myVote: null,
    });
    expect((await vote(t, voter!, proposal.id, null)).data?.retractVote).toMatchObject({
      upvotes: 0,
      downvotes: 0,
    });
    expect(codeOf(await vote(t, author, proposal.id, 'UP'))).toBe('FORBIDDEN');
    expect(codeOf(await vote(t, voter!, 'f'.repeat(24), 'UP'))).toBe('NOT_FOUND');
    const anonymous = await t.gql<{ proposal: ProposalView }>(PROPOSAL, { id: proposal.id });
    expect(anonymous.data?.proposal.myVote).toBeNull();
  });

  it('lets only the author edit, until 10 votes or 7 days, and says which', async () => {
    const proposal = await submitProposal(t, author, {
      title: 'Investeer in gezond blijven',
      themeId: themes.health!,
    });
    const edited = await t.gql<{ updateProposal: ProposalView }>(
      UPDATE,
      {
        id: proposal.id,
        input: { title: 'Investeer in gezond blijven in plaats van in beter worden', tags: ['preventie'] },
      },
      { token: author.accessToken },
    );
    expect(edited.data?.updateProposal).toMatchObject({
      title: 'Investeer in gezond blijven in plaats van in beter worden',
      tags: ['preventie'],
    });
    const notAuthor = await t.gql(
      UPDATE,
      { id: proposal.id, input: { title: 'Overgenomen titel' } },
      { token: voters[0]!.accessToken },
    );
    expect(notAuthor.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHOR' });
    const tooShort = await t.gql(
      UPDATE,
      { id: proposal.id, input: { title: 'Kort' } },
      { token: author.accessToken },
    );
    expect(tooShort.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_SHORT',
      params: { min: 5 },
      field: 'input.title',
    });

    for (const voter of voters.slice(0, 10)) {
      await vote(t, voter, proposal.id, 'UP');
    }
    const tooManyVotes = await t.gql(
      UPDATE,
      { id: proposal.id, input: { title: 'Nog een keer anders' } },
      { token: author.accessToken },
    );
    expect(tooManyVotes.errors?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'EDIT_VOTES_REACHED',
      params: { max: 10 },
    });
    expect(tooManyVotes.errors?.[0]?.message).toMatch(/10 or more votes/);

    const old = await submitProposal(t, author, {
      title: 'Deel oplossingen voor een betere wereld',
      themeId: themes['open-innovation']!,
    });
    const proposals = t.app.get<Model<ProposalRecord>>(getModelToken('Proposal'));
    // The raw collection: mongoose treats createdAt as immutable.
    await proposals.collection.updateOne(
      { _id: new Types.ObjectId(old.id) },
      { $set: { createdAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) } },
    );
    // That write went around the repositories and their caches.
    t.app.get(DocumentCaches).clear();
    const tooOld = await t.gql(
      UPDATE,
      { id: old.id, input: { title: 'Deel oplossingen, niet patenten' } },
      { token: author.accessToken },
    );
    expect(tooOld.errors?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'EDIT_WINDOW_CLOSED',
      params: { days: 7 },
    });
    expect(tooOld.errors?.[0]?.message).toMatch(/7 or more days ago/);
  });

  it('lets only the author withdraw, after which it is gone for voters', async () => {
    const proposal = await submitProposal(t, author, {
      title: 'Overheid start de Oranje Bank',
      themeId: themes['finance-banking']!,
    });
    const WITHDRAW =
      'mutation ($id: ID!) { withdrawProposal(id: $id, reason: "Dubbel ingediend") { status } }';
    expect(codeOf(await t.gql(WITHDRAW, { id: proposal.id }, { token: voters[1]!.accessToken }))).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql(WITHDRAW, { id: proposal.id }, { token: author.accessToken })).data).toEqual({
      withdrawProposal: { status: 'WITHDRAWN' },
    });
    // A withdrawn suggestion is no longer public: to a voter it is as if it did not exist.
    const closed = await vote(t, voters[1]!, proposal.id, 'UP');
    expect(codeOf(closed)).toBe('NOT_FOUND');
  });
});
