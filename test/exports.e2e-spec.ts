import { getModelToken } from '@nestjs/mongoose';
import { type Model, Types } from 'mongoose';
import request from 'supertest';
import { Role } from '@app/accounts';
import { type ProposalRecord, scoresOf } from '@app/proposals';
import { EXPORT_LIMIT_PER_IP } from '../apps/api/src/throttling/throttler-options';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { submitProposal, themeIds } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

/** More than one batch of the export's author look-ups. */
const MANY = 450;

describe('open-data exports: caching, streaming, throttling', () => {
  let t: TestApp;
  let themeId: string;
  let author: SignedInUser;
  let editor: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp('e2e_exports');
    themeId = (await themeIds(t))['media-transparency']!;
    author = await createSignedInUser(t, [], 'Auteur');
    editor = await createSignedInUser(t, [Role.EDITOR], 'Redactie');
  });

  afterAll(async () => {
    await t.close();
  });

  it('lets caches keep a list export for a minute', async () => {
    const proposal = await submitProposal(t, author, { title: 'Een voorstel om te exporteren', themeId });
    const created = await t.gql<{ createCuratedList: { id: string } }>(
      'mutation ($input: CreateCuratedListInput!) { createCuratedList(input: $input) { id } }',
      { input: { title: 'Export', slug: 'export', addressee: 'Minister van Financiën', language: 'nl' } },
      { token: editor.accessToken },
    );
    const id = created.data!.createCuratedList.id;
    await t.gql(
      'mutation ($id: ID!, $input: UpdateCuratedListDraftInput!) { updateCuratedListDraft(id: $id, input: $input) { id } }',
      { id, input: { items: [{ title: 'Punt', proposalIds: [proposal.id] }] } },
      { token: editor.accessToken },
    );
    await t.gql(
      'mutation ($id: ID!) { publishCuratedList(id: $id) { version } }',
      { id },
      { token: editor.accessToken },
    );
    for (const path of ['/export/lists/export.csv', '/export/lists/export.json?version=1']) {
      const response = await request(t.http).get(path);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=60');
    }
  });

  it('streams every published suggestion, and none that is hidden or withdrawn', async () => {
    const proposals = t.app.get<Model<ProposalRecord>>(getModelToken('Proposal'));
    const now = new Date();
    const statuses = ['PUBLISHED', 'HIDDEN', 'WITHDRAWN'] as const;
    await proposals.insertMany(
      Array.from({ length: MANY }, (_, i) => ({
        _id: new Types.ObjectId(),
        title: `Voorstel nummer ${i} (${statuses[i % 3]})`,
        body: 'Een voorstel dat met vele tegelijk is ingevoerd.',
        themeId: new Types.ObjectId(themeId),
        authorId: author.user._id,
        tags: [],
        language: 'nl',
        status: statuses[i % 3],
        upvotes: 0,
        downvotes: 0,
        scores: scoresOf(0, 0, now),
        keywords: [],
        createdAt: now,
        updatedAt: now,
      })),
    );
    const response = await request(t.http).get('/export/proposals.csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    // Sent as it is read, not built whole first.
    expect(response.headers['transfer-encoding']).toBe('chunked');
    expect(response.headers['content-length']).toBeUndefined();
    expect(response.text.startsWith('\uFEFFid,title,theme,')).toBe(true);
    const rows = response.text.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(MANY / 3 + 1);
    expect(response.text).not.toMatch(/HIDDEN|WITHDRAWN/);
    expect(rows.filter((row) => row.includes(',Auteur,'))).toHaveLength(MANY / 3 + 1);
  });

  it('throttles the suggestions export per IP address with 429 and Retry-After', async () => {
    let last = await request(t.http).get('/export/proposals.csv');
    for (let i = 1; i < EXPORT_LIMIT_PER_IP + 1 && last.status === 200; i += 1) {
      last = await request(t.http).get('/export/proposals.csv');
    }
    expect(last.status).toBe(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.stringify(last.body)).toMatch(/Too many attempts/);
    // The list exports are not counted against it.
    expect((await request(t.http).get('/export/lists/export.csv')).status).toBe(200);
  });
});
