import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { Role } from '@app/accounts';
import { warmUpBeforeListening } from '../apps/api/src/bootstrap';
import {
  LIST_DOCUMENT,
  LISTS_DOCUMENT,
  PROPOSALS_DOCUMENT,
  proposalsVariables,
} from '../apps/api/src/public-reads/warm-up-reads';
import { createSignedInUser } from './support/accounts';
import { submitProposal, themeIds } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('public reads: the warm-up before the API listens', () => {
  let t: TestApp;
  let url: string;
  let slug: string;
  const logged: string[] = [];
  let warmed = 0;

  beforeAll(async () => {
    t = await startTestApp('e2e_public_read_warm_up', { PUBLIC_READ_MAX_AGE_SECONDS: '60' });
    const author = await createSignedInUser(t);
    const editor = await createSignedInUser(t, [Role.EDITOR]);
    const themeId = Object.values(await themeIds(t))[0] ?? '';
    const proposal = await submitProposal(t, author, { title: 'Een voorstel om op te warmen', themeId });
    const as = { token: editor.accessToken };
    const created = await t.gql<{ createCuratedList: { id: string; slug: string } }>(
      'mutation ($input: CreateCuratedListInput!) { createCuratedList(input: $input) { id slug } }',
      { input: { title: 'Een lijst om op te warmen', addressee: 'De minister', language: 'nl' } },
      as,
    );
    const list = created.data!.createCuratedList;
    slug = list.slug;
    await t.gql(
      'mutation ($id: ID!, $input: UpdateCuratedListDraftInput!) { updateCuratedListDraft(id: $id, input: $input) { id } }',
      { id: list.id, input: { items: [{ title: 'Punt', body: 'Uitleg', proposalIds: [proposal.id] }] } },
      as,
    );
    const published = await t.gql(
      'mutation ($id: ID!) { publishCuratedList(id: $id) { id } }',
      { id: list.id },
      as,
    );
    expect(published.errors).toBeUndefined();
    // As main.ts: warm up, then listen.
    const report = await warmUpBeforeListening(t.app, (message) => logged.push(message));
    warmed = report.warmed;
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${((t.app.getHttpServer() as Server).address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await t.close();
  });

  it('executes the first pages of every language without an error', () => {
    expect(logged).toEqual([]);
    // Per language: three ranked orders (one page each here), the lists page and the one list.
    expect(warmed).toBe(2 * (3 + 1 + 1));
  });

  it('answers the web client’s first requests after start-up from the cache', async () => {
    const post = (
      query: string,
      operationName: string,
      variables: Record<string, unknown>,
      language: string,
    ) =>
      request(url)
        .post('/graphql')
        .set('accept-language', language)
        .send({ query, operationName, variables });
    for (const sort of ['HOT', 'TOP', 'CONSENSUS']) {
      const ranked = await post(PROPOSALS_DOCUMENT, 'Proposals', proposalsVariables(sort, null), 'nl');
      expect(ranked.headers['x-public-read']).toBe('hit');
      expect(ranked.text).toContain('Een voorstel om op te warmen');
    }
    const lists = await post(LISTS_DOCUMENT, 'Lists', {}, 'en-GB,en;q=0.9');
    expect(lists.headers['x-public-read']).toBe('hit');
    expect(lists.text).toContain(slug);
    // The web client's GET names the document by its hash only: the warm-up registered it.
    const search = new URLSearchParams({
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(LIST_DOCUMENT) } }),
      operationName: 'List',
      variables: JSON.stringify({ slug }),
    });
    const list = await request(url)
      .get(`/graphql?${search.toString()}`)
      .set('apollo-require-preflight', 'true')
      .set('accept-language', 'nl-NL,nl;q=0.9');
    expect(list.status).toBe(200);
    expect(list.headers['x-public-read']).toBe('hit');
    expect(list.text).toContain('Een lijst om op te warmen');
  });
});
