import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import request from 'supertest';
import { Role } from '@app/accounts';
import { ProposalsService } from '@app/proposals';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { hideAsModerator, submitProposal, themeIds, vote } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

const RANKED = `query Proposals($sort: ProposalSort, $first: Int) {
  proposals(sort: $sort, first: $first) { edges { node { id title upvotes } } }
}`;
/** The same read as another document (its own persisted-query hash), for the tests of hits before Express. */
const RANKED_AGAIN = `${RANKED}\n`;
const PROPOSAL = `query Proposal($id: ID!) { proposal(id: $id) { id title body status } }`;
const MAX_AGE_SECONDS = 2;

interface Ranked {
  data: { proposals: { edges: { node: { id: string; title: string; upvotes: number } }[] } };
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('public reads: anonymous answers from the response cache', () => {
  let t: TestApp;
  let url: string;
  let author: SignedInUser;
  let voter: SignedInUser;
  let themeId: string;

  const anonymous = (query: string, variables: Record<string, unknown>) =>
    request(url).post('/graphql').set('accept-language', 'nl').send({ query, variables });
  const ranked = () => anonymous(RANKED, { sort: 'NEWEST', first: 50 });
  const titles = (body: unknown) => (body as Ranked).data.proposals.edges.map((edge) => edge.node.title);
  const getWithHash = (query: string, variables: Record<string, unknown>, withQuery: boolean) => {
    const search = new URLSearchParams({
      operationName: /query (\w+)/.exec(query)?.[1] ?? '',
      variables: JSON.stringify(variables),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }),
    });
    if (withQuery) search.set('query', query);
    return request(url).get(`/graphql?${search.toString()}`).set('apollo-require-preflight', 'true');
  };

  beforeAll(async () => {
    t = await startTestApp('e2e_public_read_cache', { PUBLIC_READ_MAX_AGE_SECONDS: String(MAX_AGE_SECONDS) });
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${((t.app.getHttpServer() as Server).address() as AddressInfo).port}`;
    author = await createSignedInUser(t);
    voter = await createSignedInUser(t);
    themeId = Object.values(await themeIds(t))[0] ?? '';
    for (const title of ['Eerste gecachet voorstel', 'Tweede gecachet voorstel']) {
      await submitProposal(t, author, { title, themeId });
    }
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers a repeated anonymous read from the cache with the same body', async () => {
    const first = await ranked();
    const second = await ranked();
    expect(first.status).toBe(200);
    expect(first.headers['x-public-read']).toBe('miss');
    expect(second.headers['x-public-read']).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(titles(second.body)).toEqual(expect.arrayContaining(['Eerste gecachet voorstel']));
  });

  it('sends the stored gzip and Brotli encodings of one answer', async () => {
    const many = await submitProposalsUntilLarge();
    const plain = await ranked().set('accept-encoding', 'identity');
    const brotli = await ranked().set('accept-encoding', 'gzip, br');
    const gzip = await ranked().set('accept-encoding', 'gzip');
    expect(plain.text.length).toBeGreaterThan(1024);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(brotli.text).toBe(plain.text);
    expect(gzip.text).toBe(plain.text);
    expect(titles(plain.body)).toEqual(expect.arrayContaining(many));
  });

  it('shows a vote to anonymous readers within the max-age', async () => {
    const before = await ranked();
    const target = (before.body as Ranked).data.proposals.edges[0]!.node;
    const voted = await vote(t, voter, target.id, 'UP');
    expect(voted.errors).toBeUndefined();
    const deadline = Date.now() + (MAX_AGE_SECONDS + 3) * 1000;
    let upvotes = target.upvotes;
    while (upvotes === target.upvotes && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const now = await ranked();
      upvotes = (now.body as Ranked).data.proposals.edges.find((edge) => edge.node.id === target.id)!.node
        .upvotes;
    }
    expect(upvotes).toBe(target.upvotes + 1);
  });

  it('leaves a hidden suggestion out of the very next anonymous page', async () => {
    const doomed = await submitProposal(t, author, { title: 'Dit voorstel wordt verborgen', themeId });
    const shown = await ranked();
    expect(titles(shown.body)).toContain('Dit voorstel wordt verborgen');
    expect((await ranked()).headers['x-public-read']).toBe('hit');
    await hideAsModerator(t, doomed.id);
    const after = await ranked();
    expect(titles(after.body)).not.toContain('Dit voorstel wordt verborgen');
  });

  it('leaves a hidden suggestion out of the very next persisted-query GET, answered before Express', async () => {
    const variables = { sort: 'NEWEST', first: 40 };
    const doomed = await submitProposal(t, author, { title: 'Ook dit voorstel wordt verborgen', themeId });
    expect(titles((await getWithHash(RANKED_AGAIN, variables, true)).body)).toContain(
      'Ook dit voorstel wordt verborgen',
    );
    const hit = await getWithHash(RANKED_AGAIN, variables, false);
    expect(hit.headers['x-public-read']).toBe('hit');
    await hideAsModerator(t, doomed.id);
    const after = await getWithHash(RANKED_AGAIN, variables, false);
    expect(after.headers['x-public-read']).toBe('miss');
    expect(titles(after.body)).not.toContain('Ook dit voorstel wordt verborgen');
  });

  it('sends a hit answered before Express with the security headers and ETag of the miss', async () => {
    const variables = { sort: 'TOP', first: 7 };
    const miss = await getWithHash(RANKED_AGAIN, variables, true);
    const hit = await getWithHash(RANKED_AGAIN, variables, false);
    const postHit = await anonymous(RANKED_AGAIN, variables);
    expect(miss.headers['x-public-read']).toBe('miss');
    expect(hit.headers['x-public-read']).toBe('hit');
    expect(postHit.headers['x-public-read']).toBe('hit');
    const perAnswer = new Set(['date', 'x-public-read', 'cache-control', 'connection', 'keep-alive']);
    const fixed = (headers: Record<string, string>) =>
      Object.fromEntries(Object.entries(headers).filter(([name]) => !perAnswer.has(name)));
    expect(fixed(hit.headers)).toEqual(fixed(miss.headers));
    expect(hit.headers['x-content-type-options']).toBe('nosniff');
    expect(hit.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(hit.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect(hit.headers.etag).toBe(miss.headers.etag);
    expect(hit.headers['x-powered-by']).toBeUndefined();
    expect(hit.text).toBe(miss.text);
    // The POST hit carries the same headers but no Cache-Control (as the middleware sends it).
    expect(postHit.headers['cache-control']).toBeUndefined();
    expect(postHit.headers['x-frame-options']).toBe('SAMEORIGIN');
    const revalidated = await getWithHash(RANKED_AGAIN, variables, false).set(
      'if-none-match',
      hit.headers.etag!,
    );
    expect(revalidated.status).toBe(304);
  });

  it('answers bad JSON sent to /graphql as the body parser does, after reading it before Express', async () => {
    const bad = await request(url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": ');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST', reason: 'INVALID_REQUEST' } }],
    });
    const primitive = await request(url).post('/graphql').set('content-type', 'application/json').send('42');
    expect(primitive.status).toBe(400);
  });

  it('never stores or serves a signed-in reader’s answer', async () => {
    const hidden = await submitProposal(t, author, { title: 'Alleen voor moderatoren', themeId });
    await hideAsModerator(t, hidden.id);
    const moderator = await createSignedInUser(t, [Role.MODERATOR]);
    const asModerator = await anonymous(PROPOSAL, { id: hidden.id }).set(
      'authorization',
      `Bearer ${moderator.accessToken}`,
    );
    expect(asModerator.headers['x-public-read']).toBeUndefined();
    expect(JSON.stringify(asModerator.body)).toContain('Alleen voor moderatoren');
    const asReader = await anonymous(PROPOSAL, { id: hidden.id });
    expect(JSON.stringify(asReader.body)).not.toContain('Alleen voor moderatoren');
    const again = await anonymous(PROPOSAL, { id: hidden.id }).set(
      'authorization',
      `Bearer ${moderator.accessToken}`,
    );
    expect(again.headers['x-public-read']).toBeUndefined();
    expect(JSON.stringify(again.body)).toContain('Alleen voor moderatoren');
  });

  it('answers GET with a persisted-query hash, Cache-Control and an ETag that gives 304', async () => {
    const variables = { sort: 'TOP', first: 5 };
    const unknown = await getWithHash(RANKED, variables, false);
    expect(unknown.status).toBe(200);
    expect((unknown.body as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    const registered = await getWithHash(RANKED, variables, true);
    expect(registered.status).toBe(200);
    const byHash = await getWithHash(RANKED, variables, false);
    expect(byHash.status).toBe(200);
    expect(byHash.text).toBe(registered.text);
    expect(byHash.headers['cache-control']).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    const etag = byHash.headers.etag;
    expect(etag).toMatch(/^W\/".+"$/);
    const revalidated = await getWithHash(RANKED, variables, false).set('if-none-match', etag!);
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
  });

  it('refuses a hash that is not the query’s, and a GET without the CSRF header', async () => {
    const search = new URLSearchParams({
      query: RANKED,
      variables: JSON.stringify({ sort: 'TOP', first: 5 }),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256('something else') } }),
    });
    const mismatch = await request(url)
      .get(`/graphql?${search.toString()}`)
      .set('apollo-require-preflight', 'true');
    expect(mismatch.status).toBe(400);
    const simple = await request(url).get(
      `/graphql?${new URLSearchParams({ query: RANKED, variables: '{"sort":"TOP","first":5}' }).toString()}`,
    );
    expect(simple.status).toBe(400);
    expect(simple.headers['x-public-read']).toBeUndefined();
  });

  it('refuses a mutation sent as GET', async () => {
    const mutation = `mutation Hide($id: ID!) { hideProposal(id: $id, reason: "via GET") { status } }`;
    const moderator = await createSignedInUser(t, [Role.MODERATOR]);
    const target = await submitProposal(t, author, { title: 'Blijft zichtbaar na GET', themeId });
    const response = await request(url)
      .get(
        `/graphql?${new URLSearchParams({ query: mutation, variables: JSON.stringify({ id: target.id }) }).toString()}`,
      )
      .set('apollo-require-preflight', 'true')
      .set('authorization', `Bearer ${moderator.accessToken}`);
    expect(response.status).toBe(405);
    const read = await anonymous(PROPOSAL, { id: target.id });
    expect((read.body as { data: { proposal: { status: string } } }).data.proposal.status).toBe('PUBLISHED');
  });

  it('leaves documents longer than any the web client sends to Apollo, uncached', async () => {
    const padded = `${RANKED}\n# ${'x'.repeat(17 * 1024)}`;
    const first = await anonymous(padded, { sort: 'TOP', first: 3 });
    const second = await anonymous(padded, { sort: 'TOP', first: 3 });
    expect(first.status).toBe(200);
    expect(second.headers['x-public-read']).toBeUndefined();
  });

  it('executes concurrent identical misses once', async () => {
    const list = jest.spyOn(t.app.get(ProposalsService), 'list');
    try {
      const variables = { sort: 'TOP', first: 7 };
      const answers = await Promise.all(Array.from({ length: 12 }, () => anonymous(RANKED, variables)));
      expect(list).toHaveBeenCalledTimes(1);
      expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
      expect(answers.filter((answer) => answer.headers['x-public-read'] === 'miss')).toHaveLength(1);
    } finally {
      list.mockRestore();
    }
  });

  /** Suggestions until a page's JSON passes 1 kB (so that it is stored with its encodings). */
  async function submitProposalsUntilLarge(): Promise<string[]> {
    const made: string[] = [];
    for (let n = 0; n < 12; n += 1) {
      const title = `Een voorstel met een lange titel om de pagina groter te maken, nummer ${n}`;
      await submitProposal(t, author, { title, themeId });
      made.push(title);
    }
    return made;
  }
});
