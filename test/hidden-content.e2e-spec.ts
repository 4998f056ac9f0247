import { createClient, type Client } from 'graphql-ws';
import request from 'supertest';
import WebSocket from 'ws';
import { Role } from '@app/accounts';
import { DomainEvents, LiveUpdates } from '@app/events';
import { PROPOSAL_VOTES_CHANGED, ProposalsService } from '@app/proposals';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { type ProposalView, submitProposal, themeIds, vote } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

const HIDE = 'mutation ($id: ID!) { hideProposal(id: $id, reason: "Buiten het onderwerp") { status } }';
const UNHIDE = 'mutation ($id: ID!) { unhideProposal(id: $id) { status } }';
const WITHDRAW = 'mutation ($id: ID!) { withdrawProposal(id: $id, reason: "Toch niet") { status } }';
const FLAG = 'mutation ($id: ID!) { flagProposal(id: $id, reason: "Reclame, geen voorstel") }';
const FOLLOW = 'mutation ($id: ID!) { follow(targetId: $id) }';
const UNFOLLOW = 'mutation ($id: ID!) { unfollow(targetId: $id) }';
const MERGE = 'mutation ($id: ID!, $into: ID!) { mergeProposal(id: $id, intoId: $into) { status } }';
const READ_PROPOSAL = 'query ($id: ID!) { proposal(id: $id) { id title body status } }';
const EDIT =
  'mutation ($id: ID!, $input: UpdateProposalInput!) { updateProposal(id: $id, input: $input) { title } }';
const LIST_FIELDS = `id version items { title
  proposals { id title body }
  suggestions { id title body withheld proposal { id title upvotes } } }`;
const CREATE = `mutation ($input: CreateCuratedListInput!) { createCuratedList(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateCuratedListDraftInput!) { updateCuratedListDraft(id: $id, input: $input) { id } }`;
const PUBLISH = `mutation ($id: ID!) { publishCuratedList(id: $id) { version } }`;
const REVISE = `mutation ($id: ID!) { reviseCuratedList(id: $id) { version } }`;
const READ_LIST = `query ($slug: String!, $version: Int) { curatedList(slug: $slug, version: $version) { ${LIST_FIELDS} } }`;

interface Suggestion {
  id: string;
  title: string | null;
  body: string | null;
  withheld: boolean;
  proposal: { id: string; title: string; upvotes: number } | null;
}
interface ListRead {
  curatedList: {
    version: number;
    items: { proposals: { id: string; title: string }[]; suggestions: Suggestion[] }[];
  };
}

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }): string | undefined =>
  response.errors?.[0]?.extensions?.code;

describe('hidden and withdrawn suggestions stay out of sight; published lists keep what was handed over', () => {
  let t: TestApp;
  let url: string;
  let themeId: string;
  let author: SignedInUser;
  let member: SignedInUser;
  let moderator: SignedInUser;
  let editor: SignedInUser;
  const clients: Client[] = [];

  const submit = (title: string, by: SignedInUser = author): Promise<ProposalView> =>
    submitProposal(t, by, { title, themeId });

  const hide = async (id: string): Promise<void> => {
    const hidden = await t.gql(HIDE, { id }, { token: moderator.accessToken });
    expect(hidden.data).toEqual({ hideProposal: { status: 'HIDDEN' } });
  };

  /** Creates and publishes a list whose one item links `proposalIds`. */
  const publishList = async (slug: string, proposalIds: string[]): Promise<string> => {
    const created = await t.gql<{ createCuratedList: { id: string } }>(
      CREATE,
      { input: { title: `Lijst ${slug}`, slug, addressee: 'Minister van Financiën', language: 'nl' } },
      { token: editor.accessToken },
    );
    const id = created.data!.createCuratedList.id;
    await t.gql(
      UPDATE,
      { id, input: { items: [{ title: 'Het eerste punt', body: 'Uitleg', proposalIds }] } },
      { token: editor.accessToken },
    );
    expect((await t.gql(PUBLISH, { id }, { token: editor.accessToken })).errors).toBeUndefined();
    return id;
  };

  beforeAll(async () => {
    t = await startTestApp('e2e_hidden_content');
    await t.app.listen(0, '127.0.0.1');
    url = (await t.app.getUrl()).replace(/^http/, 'ws').replace('[::1]', '127.0.0.1') + '/graphql';
    themeId = (await themeIds(t))['media-transparency']!;
    author = await createSignedInUser(t, [], 'Auteur');
    member = await createSignedInUser(t, [], 'Lid');
    moderator = await createSignedInUser(t, [Role.MODERATOR], 'Moderator');
    editor = await createSignedInUser(t, [Role.EDITOR], 'Redactie');
  });

  afterAll(async () => {
    for (const client of clients) {
      await client.dispose();
    }
    await t.close();
  });

  it('does not let an author withdraw a hidden suggestion: it stays hidden and moderated', async () => {
    const proposal = await submit('Verborgen maar niet ingetrokken');
    await hide(proposal.id);
    const withdrawn = await t.gql(WITHDRAW, { id: proposal.id }, { token: author.accessToken });
    expect(codeOf(withdrawn)).toBe('FORBIDDEN');
    expect((await t.gql(READ_PROPOSAL, { id: proposal.id })).data).toEqual({ proposal: null });
    expect((await t.gql(HIDE, { id: proposal.id }, { token: moderator.accessToken })).data).toEqual({
      hideProposal: { status: 'HIDDEN' },
    });
    expect((await t.gql(UNHIDE, { id: proposal.id }, { token: moderator.accessToken })).data).toEqual({
      unhideProposal: { status: 'PUBLISHED' },
    });
  });

  it("keeps a withdrawn suggestion's text from everyone but its author and moderators", async () => {
    const proposal = await submit('Ingetrokken tekst blijft privé');
    expect((await t.gql(WITHDRAW, { id: proposal.id }, { token: author.accessToken })).data).toEqual({
      withdrawProposal: { status: 'WITHDRAWN' },
    });
    expect((await t.gql(READ_PROPOSAL, { id: proposal.id })).data).toEqual({ proposal: null });
    expect((await t.gql(READ_PROPOSAL, { id: proposal.id }, { token: member.accessToken })).data).toEqual({
      proposal: null,
    });
    for (const reader of [author, moderator]) {
      const read = await t.gql<{ proposal: { status: string } }>(
        READ_PROPOSAL,
        { id: proposal.id },
        { token: reader.accessToken },
      );
      expect(read.data?.proposal.status).toBe('WITHDRAWN');
    }
    const list = '{ proposals(filter: { status: WITHDRAWN }) { edges { node { title } } } }';
    expect(codeOf(await t.gql(list))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(list, {}, { token: member.accessToken }))).toBe('FORBIDDEN');
    const own = await t.gql<{ proposals: { edges: { node: { title: string } }[] } }>(
      `query ($author: ID!) { proposals(filter: { status: WITHDRAWN, authorId: $author }) { edges { node { title } } } }`,
      { author: author.user._id.toHexString() },
      { token: author.accessToken },
    );
    expect(own.data?.proposals.edges.map((edge) => edge.node.title)).toContain(
      'Ingetrokken tekst blijft privé',
    );
  });

  it('answers flagProposal, follow, votes, updateProposal and withdrawProposal on a hidden suggestion as on a missing one', async () => {
    const proposal = await submit('Verborgen bestaan blijft geheim');
    await vote(t, member, proposal.id, 'UP');
    await hide(proposal.id);
    const missing = 'f'.repeat(24);
    const answers = async (id: string): Promise<(string | undefined)[]> => [
      codeOf(await t.gql(FLAG, { id }, { token: member.accessToken })),
      codeOf(await t.gql(FOLLOW, { id }, { token: member.accessToken })),
      codeOf(await vote(t, member, id, 'DOWN')),
      codeOf(await vote(t, member, id, null)),
      codeOf(await t.gql(EDIT, { id, input: { title: 'Een andere titel' } }, { token: member.accessToken })),
      codeOf(await t.gql(WITHDRAW, { id }, { token: member.accessToken })),
    ];
    const notFound = Array.from({ length: 6 }, () => 'NOT_FOUND');
    expect(await answers(proposal.id)).toEqual(notFound);
    expect(await answers(missing)).toEqual(notFound);
    // Anonymous callers learn nothing either: every one of these needs a member.
    expect(codeOf(await t.gql(FLAG, { id: proposal.id }))).toBe(codeOf(await t.gql(FLAG, { id: missing })));
    // A voter who follows it may still unfollow it.
    expect((await t.gql(UNFOLLOW, { id: proposal.id }, { token: member.accessToken })).data).toEqual({
      unfollow: true,
    });
    // Its author and moderators are told what is going on.
    expect(codeOf(await t.gql(FOLLOW, { id: proposal.id }, { token: author.accessToken }))).toBeUndefined();
    expect(codeOf(await vote(t, moderator, proposal.id, 'UP'))).toBe('FORBIDDEN');
  });

  it('does not make a hidden or withdrawn suggestion public again by merging it', async () => {
    const target = await submit('Het doel van een samenvoeging', member);
    const hidden = await submit('Verborgen dubbel voorstel');
    await hide(hidden.id);
    const withdrawn = await submit('Ingetrokken dubbel voorstel');
    expect((await t.gql(WITHDRAW, { id: withdrawn.id }, { token: author.accessToken })).data).toEqual({
      withdrawProposal: { status: 'WITHDRAWN' },
    });
    for (const id of [hidden.id, withdrawn.id]) {
      const merged = await t.gql(MERGE, { id, into: target.id }, { token: moderator.accessToken });
      expect(codeOf(merged)).toBe('CONFLICT');
      expect((await t.gql(READ_PROPOSAL, { id })).data).toEqual({ proposal: null });
    }
  });

  it('tells followers that a suggestion was hidden without its title; its author with it', async () => {
    const proposal = await submit('Een titel die niet meer openbaar is');
    await vote(t, member, proposal.id, 'UP');
    await t.app.get(DomainEvents).drain();
    await hide(proposal.id);
    await t.app.get(DomainEvents).drain();
    const inbox = '{ notifications(first: 1) { edges { node { type message targetId } } } }';
    const followerBox = await t.gql<{ notifications: { edges: { node: { message: string } }[] } }>(
      inbox,
      {},
      { token: member.accessToken },
    );
    expect(followerBox.data?.notifications.edges[0]?.node).toEqual({
      type: 'PROPOSAL_HIDDEN',
      message: 'Een suggestie die je volgt is verborgen door de moderatie',
      targetId: proposal.id,
    });
    const authorBox = await t.gql<{ notifications: { edges: { node: { message: string } }[] } }>(
      inbox,
      {},
      { token: author.accessToken },
    );
    expect(authorBox.data?.notifications.edges[0]?.node.message).toBe(
      '„Een titel die niet meer openbaar is” is verborgen door de moderatie',
    );
  });

  it('streams the vote counts of a hidden suggestion to moderators only', async () => {
    const proposal = await submit('Tellingen van een verborgen voorstel');
    await hide(proposal.id);
    const subscribe = (token?: string): { received: unknown[]; ready: Promise<void> } => {
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
      });
      clients.push(client);
      const received: unknown[] = [];
      const ready = new Promise<void>((resolve) => client.on('connected', () => setTimeout(resolve, 200)));
      client.subscribe(
        {
          query: 'subscription ($id: ID!) { proposalVotesChanged(proposalId: $id) { title upvotes } }',
          variables: { id: proposal.id },
        },
        { next: (value) => received.push(value), error: (error) => received.push(error), complete: () => {} },
      );
      return { received, ready };
    };
    const anonymous = subscribe();
    const asMember = subscribe(member.accessToken);
    const asModerator = subscribe(moderator.accessToken);
    await Promise.all([anonymous.ready, asMember.ready, asModerator.ready]);
    // Nothing announces a hidden suggestion today (votes are closed); the filter is what keeps it so.
    const record = await t.app.get(ProposalsService).require(proposal.id);
    await t.app.get(LiveUpdates).publish(PROPOSAL_VOTES_CHANGED, record);
    const deadline = Date.now() + 5_000;
    while (asModerator.received.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(asModerator.received).toEqual([
      { data: { proposalVotesChanged: { title: 'Tellingen van een verborgen voorstel', upvotes: 0 } } },
    ]);
    expect(anonymous.received).toEqual([]);
    expect(asMember.received).toEqual([]);
  });

  it("keeps a hidden suggestion's place in a published list without its text, in GraphQL and in the exports", async () => {
    const shown = await submit('Een voorstel dat zichtbaar blijft');
    const hidden = await submit('Geheime titel van een verborgen voorstel');
    await publishList('met-verborgen-voorstel', [shown.id, hidden.id]);
    await hide(hidden.id);

    for (const reader of [undefined, member, editor]) {
      const read = await t.gql<ListRead>(
        READ_LIST,
        { slug: 'met-verborgen-voorstel' },
        reader && { token: reader.accessToken },
      );
      expect(JSON.stringify(read)).not.toMatch(/Geheime titel/);
      const item = read.data!.curatedList.items[0]!;
      expect(item.proposals.map((proposal) => proposal.id)).toEqual([shown.id]);
      expect(item.suggestions).toEqual([
        {
          id: shown.id,
          title: 'Een voorstel dat zichtbaar blijft',
          body: 'Een voorstel dat zichtbaar blijft: een uitgewerkt voorstel van een ondernemer voor de overheid.',
          withheld: false,
          proposal: { id: shown.id, title: 'Een voorstel dat zichtbaar blijft', upvotes: 0 },
        },
        { id: hidden.id, title: null, body: null, withheld: true, proposal: null },
      ]);
    }
    const asModerator = await t.gql<ListRead>(
      READ_LIST,
      { slug: 'met-verborgen-voorstel' },
      { token: moderator.accessToken },
    );
    expect(asModerator.data!.curatedList.items[0]!.suggestions[1]).toMatchObject({
      title: 'Geheime titel van een verborgen voorstel',
      withheld: true,
    });

    const json = await request(t.http).get('/export/lists/met-verborgen-voorstel.json');
    expect(json.status).toBe(200);
    expect(json.text).not.toMatch(/Geheime titel/);
    expect((json.body as { items: { proposals: unknown[] }[] }).items[0]!.proposals).toEqual([
      { id: shown.id, title: 'Een voorstel dat zichtbaar blijft', withheld: false, upvotes: 0, downvotes: 0 },
      { id: hidden.id, title: null, withheld: true, upvotes: null, downvotes: null },
    ]);
    const csv = await request(t.http).get('/export/lists/met-verborgen-voorstel.csv');
    expect(csv.status).toBe(200);
    expect(csv.text).not.toMatch(/Geheime titel/);
    expect(csv.text).toMatch(/Een voorstel dat zichtbaar blijft; \[niet meer openbaar\]/);
    const all = await request(t.http).get('/export/proposals.csv');
    expect(all.text).not.toMatch(/Geheime titel/);
  });

  it('shows a published version with the text its suggestions had when it was published', async () => {
    const proposal = await submit('De oorspronkelijke titel van het voorstel');
    const listId = await publishList('overhandigd-is-overhandigd', [proposal.id]);
    const edited = await t.gql(
      EDIT,
      {
        id: proposal.id,
        input: {
          title: 'Een later bedachte titel',
          body: 'Een later geschreven tekst die nooit is overhandigd.',
        },
      },
      { token: author.accessToken },
    );
    expect(edited.errors).toBeUndefined();

    const version1 = async (): Promise<Suggestion> =>
      (await t.gql<ListRead>(READ_LIST, { slug: 'overhandigd-is-overhandigd', version: 1 })).data!.curatedList
        .items[0]!.suggestions[0]!;
    expect(await version1()).toEqual({
      id: proposal.id,
      title: 'De oorspronkelijke titel van het voorstel',
      body: 'De oorspronkelijke titel van het voorstel: een uitgewerkt voorstel van een ondernemer voor de overheid.',
      withheld: false,
      proposal: { id: proposal.id, title: 'Een later bedachte titel', upvotes: 0 },
    });
    const json = await request(t.http).get('/export/lists/overhandigd-is-overhandigd.json?version=1');
    expect((json.body as { items: { proposals: { title: string }[] }[] }).items[0]!.proposals[0]!.title).toBe(
      'De oorspronkelijke titel van het voorstel',
    );
    const csv = await request(t.http).get('/export/lists/overhandigd-is-overhandigd.csv?version=1');
    expect(csv.text).toMatch(/De oorspronkelijke titel van het voorstel/);
    expect(csv.text).not.toMatch(/later bedachte/);

    await t.gql(REVISE, { id: listId }, { token: editor.accessToken });
    expect((await t.gql(PUBLISH, { id: listId }, { token: editor.accessToken })).data).toEqual({
      publishCuratedList: { version: 2 },
    });
    const version2 = await t.gql<ListRead>(READ_LIST, { slug: 'overhandigd-is-overhandigd', version: 2 });
    expect(version2.data!.curatedList.items[0]!.suggestions[0]!.title).toBe('Een later bedachte titel');
    expect((await version1()).title).toBe('De oorspronkelijke titel van het voorstel');

    // The snapshot of a suggestion hidden since is withheld too.
    await hide(proposal.id);
    const afterHide = await t.gql<ListRead>(READ_LIST, { slug: 'overhandigd-is-overhandigd', version: 1 });
    expect(JSON.stringify(afterHide)).not.toMatch(/oorspronkelijke titel|later bedachte/);
  });
});
