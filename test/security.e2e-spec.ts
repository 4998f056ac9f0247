import { getModelToken } from '@nestjs/mongoose';
import { type Model, trusted } from 'mongoose';
import request from 'supertest';
import { QUERY_LIMITS } from '../apps/api/src/graphql/query-limits';
import { Role } from '@app/accounts';
import { createSignedInUser } from './support/accounts';
import { submitProposal, themeIds, vote } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

type Body = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

function expectRejected(response: request.Response, code: string, message: RegExp): void {
  const body = response.body as Body;
  expect({ status: response.status, code: body.errors?.[0]?.extensions?.code }).toEqual({
    status: 400,
    code,
  });
  expect(body.errors?.[0]?.message).toMatch(message);
  expect(JSON.stringify(body)).not.toMatch(/stacktrace|\bat \S+ \(|\.[jt]s:\d+|INTERNAL_SERVER_ERROR/);
}

describe('query limits, HTTP hardening (development mode)', () => {
  let t: TestApp;
  const post = (body: unknown) =>
    request(t.http)
      .post('/graphql')
      .send(body as object);

  beforeAll(async () => {
    t = await startTestApp('e2e_security', { CORS_ORIGINS: 'https://partner.example' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers a query over the depth limit with BAD_USER_INPUT and status 400', async () => {
    const deep =
      '{ proposals { edges { node { includedIn { items { proposals { includedIn { items { proposals { theme { id } } } } } } } } } } }';
    expectRejected(await post({ query: deep }), 'BAD_USER_INPUT', /depth limit of 10 exceeded/);
  });

  it('limits aliases and directives', async () => {
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expectRejected(await post({ query: aliases }), 'BAD_USER_INPUT', /Aliases limit of 15 exceeded/);
    const directives = `{ themes { ${'id @include(if: true) '.repeat(11)} } }`;
    expectRejected(await post({ query: directives }), 'BAD_USER_INPUT', /Directives limit of 10 exceeded/);
  });

  it('limits tokens', async () => {
    const tokens = `{ ${'__typename '.repeat(QUERY_LIMITS.maxTokens)} }`;
    expectRejected(
      await post({ query: tokens }),
      'BAD_USER_INPUT',
      /Document contains more tha[nt] 2000 tokens/,
    );
  });

  it('rejects a nested list bomb by its cost, also when the page size is a variable', async () => {
    const bomb = `query ($n: Int!) { proposals(first: $n) { edges { node {
      includedIn { items { proposals { includedIn { items { proposals { id title body } } } } } } } } } }`;
    expectRejected(
      await post({ query: bomb, variables: { n: 50 } }),
      'BAD_USER_INPUT',
      /Query is too expensive: cost \d+ exceeds the limit of 10000/,
    );
    // The same shape with a small page passes.
    const small = (await post({ query: bomb, variables: { n: 1 } })).body as Body;
    expect(small.errors).toBeUndefined();
  });

  it('refuses batched requests', async () => {
    const response = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body ?? response.text)).not.toMatch(/"data"/);
    expect(response.text).toMatch(/batch/i);
  });

  it('refuses a GET query and a form post (CSRF prevention)', async () => {
    const get = await request(t.http).get('/graphql').query({ query: '{ __typename }' });
    expect(get.status).toBe(400);
    expect(get.text).toMatch(/CSRF/);
    const form = await request(t.http)
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send('{"query":"{ __typename }"}');
    expect(form.status).toBe(400);
    expect(form.text).not.toMatch(/__typename"?:/);
  });

  it('answers a body over 100 kB with 413 and a JSON error, and bad JSON with 400', async () => {
    const big = await post({ query: '{ __typename }', variables: { pad: 'x'.repeat(101 * 1024) } });
    expect(big.status).toBe(413);
    expect(big.body).toEqual({
      errors: [
        {
          message: 'Request body too large; the limit is 100 kB.',
          extensions: { code: 'PAYLOAD_TOO_LARGE', reason: 'QUERY_TOO_LARGE' },
        },
      ],
    });
    const broken = await request(t.http)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": ');
    expect(broken.status).toBe(400);
    expect((broken.body as Body).errors?.[0]?.message).toBe('Request body is not valid JSON.');
    expect((broken.body as Body).errors?.[0]?.extensions).toEqual({
      code: 'BAD_REQUEST',
      reason: 'INVALID_REQUEST',
    });
    expect(broken.text).not.toMatch(/\bat \S+ \(|\.[jt]s:\d+/);
  });

  it('sends helmet headers and a CSP that allows the web client its own scripts only', async () => {
    const response = await request(t.http).get('/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(response.headers['x-powered-by']).toBeUndefined();
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    // GraphiQL (development only) loads from a CDN: no CSP on /graphql here.
    const ide = await request(t.http).get('/graphql').set('accept', 'text/html');
    expect(ide.headers['content-security-policy']).toBeUndefined();
  });

  it('allows CORS for the configured origins only', async () => {
    const allowed = await request(t.http)
      .options('/graphql')
      .set('origin', 'https://partner.example')
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'content-type,authorization');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example');
    const other = await request(t.http)
      .post('/graphql')
      .set('origin', 'https://evil.example')
      .send({ query: '{ __typename }' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('rejects an operator object in a string or ID variable before any resolver runs', async () => {
    const injected = { $ne: null };
    const login = await post({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: { input: { email: injected, password: injected } },
    });
    expectRejected(login, 'BAD_USER_INPUT', /String cannot represent a non string value/);
    const proposal = await post({
      query: 'query ($id: ID!) { proposal(id: $id) { id } }',
      variables: { id: injected },
    });
    expectRejected(proposal, 'BAD_USER_INPUT', /ID cannot represent value/);
    const list = await post({
      query: 'query ($slug: String!) { curatedList(slug: $slug) { id } }',
      variables: { slug: { $gt: '' } },
    });
    expectRejected(list, 'BAD_USER_INPUT', /String cannot represent a non string value/);
  });

  it('answers null for a non-null argument given through a nullable variable with BAD_USER_INPUT', async () => {
    const member = await createSignedInUser(t);
    const response = await post({
      query: 'query ($unread: Boolean) { notifications(unreadOnly: $unread) { totalCount } }',
      variables: { unread: null },
    }).set('authorization', `Bearer ${member.accessToken}`);
    const body = response.body as Body;
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/must not be null/);
  });

  it('refuses search text that cannot be stored (a NUL, a lone surrogate) with BAD_USER_INPUT', async () => {
    const admin = await createSignedInUser(t, [Role.ADMIN]);
    for (const search of ['a\u0000b', 'a\uD800b']) {
      const users = await post({
        query: 'query ($search: String) { users(search: $search) { totalCount } }',
        variables: { search },
      }).set('authorization', `Bearer ${admin.accessToken}`);
      expect((users.body as Body).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const proposals = await post({
        query: 'query ($search: String) { proposals(filter: { search: $search }) { totalCount } }',
        variables: { search },
      });
      expect((proposals.body as Body).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a NUL character in any argument or variable with BAD_USER_INPUT', async () => {
    const literal = await post({ query: '{ curatedList(slug: "a\\u0000b") { id } }' });
    expectRejected(literal, 'BAD_USER_INPUT', /NUL/);
    const variable = await post({
      query: 'query ($slug: String!) { curatedList(slug: $slug) { id } }',
      variables: { slug: 'a\u0000b' },
    });
    expectRejected(variable, 'BAD_USER_INPUT', /NUL/);
  });

  it('answers a persisted query with a wrong hash or version as bad input, never as an internal error', async () => {
    const hash = (sha256Hash: string, version = 1) => ({ persistedQuery: { version, sha256Hash } });
    for (const [body, code] of [
      [{ query: '{ __typename }', extensions: hash('0'.repeat(64)) }, 'BAD_USER_INPUT'],
      [{ query: '{ __typename }', extensions: hash('0'.repeat(64), 2) }, 'BAD_USER_INPUT'],
      [{ query: '{ __typename }', extensions: hash('not hex') }, 'BAD_USER_INPUT'],
      [{ extensions: hash('0'.repeat(64), 2) }, 'BAD_USER_INPUT'],
      [{ extensions: hash('not hex') }, 'BAD_USER_INPUT'],
      [{ extensions: hash('0'.repeat(64)) }, 'PERSISTED_QUERY_NOT_FOUND'],
    ] as const) {
      const response = await post(body);
      expect((response.body as Body).errors?.[0]?.extensions?.code).toBe(code);
      expect(JSON.stringify(response.body)).not.toMatch(/INTERNAL_SERVER_ERROR|stacktrace/);
    }
  });

  it('refuses an untrusted operator object in a filter instead of running it (sanitizeFilter)', async () => {
    await createSignedInUser(t);
    const users = t.app.get<Model<{ email: string }>>(getModelToken('User'));
    const injected = JSON.parse('{ "$ne": null }') as unknown as string;
    // Without sanitizeFilter this would run as { email: { $ne: null } } and count every user.
    await expect(users.countDocuments({ email: injected }).exec()).rejects.toThrow(/Cast to string failed/);
    expect(await users.countDocuments({ email: trusted({ $ne: null }) }).exec()).toBeGreaterThan(0);
  });
});

describe('production mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('e2e_security_production', {
      NODE_ENV: 'production',
      JWT_SECRET: 'p'.repeat(40),
      PUBLIC_URL: 'https://kabinet.example',
    });
  });

  afterAll(async () => {
    await t.close();
  });

  it('turns off introspection and the IDE', async () => {
    const introspection = await t.gql('{ __schema { queryType { name } } }');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    expect(introspection.data).toBeUndefined();
    const ide = await request(t.http).get('/graphql').set('accept', 'text/html');
    expect(ide.text).not.toMatch(/graphiql/i);
    // And the strict CSP covers /graphql too.
    expect(String(ide.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('hides field and enum value suggestions', async () => {
    const response = await t.gql('{ proposal(id: "x") { titel } }');
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(response.errors?.[0]?.message).toMatch(/\[Suggestion hidden\]|Cannot query field "titel"/);
    // Also where graphql-js coerces a variable, outside validation.
    const variable = await t.gql('query ($s: ProposalSort!) { proposals(sort: $s) { totalCount } }', {
      s: 'HOTT',
    });
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.errors?.[0]?.message).toMatch(
      /"HOTT" does not exist in "ProposalSort" enum\. \[Suggestion hidden\]/,
    );
  });
});

describe('throttling of mutations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('e2e_security_throttling', {
      THROTTLE_MUTATIONS_PER_USER: '3',
      THROTTLE_VOTES_PER_USER: '4',
      THROTTLE_MUTATIONS_PER_IP: '40',
    });
  });

  afterAll(async () => {
    await t.close();
  });

  const MARK_READ = 'mutation { markNotificationsRead(ids: []) }';

  it('limits mutations per user, answers TOO_MANY_REQUESTS with Retry-After, and leaves others alone', async () => {
    const user = await createSignedInUser(t);
    const other = await createSignedInUser(t);
    for (let i = 0; i < 3; i += 1) {
      expect((await t.gql(MARK_READ, {}, { token: user.accessToken })).errors).toBeUndefined();
    }
    const limited = await request(t.http)
      .post('/graphql')
      .set('authorization', `Bearer ${user.accessToken}`)
      .send({ query: MARK_READ });
    const body = limited.body as Body;
    expect(body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(body.errors?.[0]?.message).toMatch(/Too many attempts; wait \d+ seconds/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Queries are not throttled, nor is another user.
    expect((await t.gql('{ me { id } }', {}, { token: user.accessToken })).errors).toBeUndefined();
    expect((await t.gql(MARK_READ, {}, { token: other.accessToken })).errors).toBeUndefined();
  });

  it('counts votes in their own bucket per user', async () => {
    const author = await createSignedInUser(t);
    const voter = await createSignedInUser(t);
    const themeId = Object.values(await themeIds(t))[0]!;
    const proposal = await submitProposal(t, author, { title: 'Minder regels voor starters', themeId });
    for (const value of ['UP', 'DOWN', null, 'UP'] as const) {
      expect((await vote(t, voter, proposal.id, value)).errors).toBeUndefined();
    }
    expect((await vote(t, voter, proposal.id, 'DOWN')).errors?.[0]?.extensions?.code).toBe(
      'TOO_MANY_REQUESTS',
    );
    // The voter's other mutations have their own budget.
    expect((await t.gql(MARK_READ, {}, { token: voter.accessToken })).errors).toBeUndefined();
  });

  it('limits mutations per IP address across users', async () => {
    // 40 per IP: the tests above used 3+1+1 (first test) + 1+5+1 (second): 12; spend the rest.
    let limitedAt = -1;
    for (let i = 0; i < 40 && limitedAt < 0; i += 1) {
      const user = await createSignedInUser(t);
      const response = await t.gql(MARK_READ, {}, { token: user.accessToken });
      if (response.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS') limitedAt = i;
    }
    expect(limitedAt).toBeGreaterThan(20);
    expect(limitedAt).toBeLessThan(40);
    // Reading still works from that address.
    expect((await t.gql('{ themes { id } }')).errors).toBeUndefined();
  });
});
