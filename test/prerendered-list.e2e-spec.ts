import request from 'supertest';
import { Role } from '@app/accounts';
import { CuratedListsService } from '@app/curation';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { hideAsModerator, submitProposal, themeIds } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

const TRICKY_TITLE = 'Stop <script>alert("x")</script> & \'lasten\' $& voor het MKB';

/**
 * A published list page as a reader without JavaScript gets it (a plain HTTP GET): the list's
 * content is in the HTML, escaped, only as published, and a follow-up shows on the next request.
 */
describe('the server-rendered list page', () => {
  let t: TestApp;
  let editor: SignedInUser;
  let liaison: SignedInUser;
  let itemId: string;

  beforeAll(async () => {
    t = await startTestApp('e2e_prerendered_list');
    const author = await createSignedInUser(t);
    editor = await createSignedInUser(t, [Role.EDITOR]);
    liaison = await createSignedInUser(t, [Role.LIAISON]);
    const themeId = Object.values(await themeIds(t))[0]!;
    const hiddenId = (
      await submitProposal(t, author, { title: 'Geheime suggestie die verborgen wordt', themeId })
    ).id;
    const created = await t.gql<{ createCuratedList: { id: string } }>(
      'mutation ($title: String!) { createCuratedList(input: { title: $title, slug: "lastenlijst", addressee: "Minister \\"EZ\\"", description: "Vijf voorstellen voor **lagere** lasten.", language: nl }) { id } }',
      { title: TRICKY_TITLE },
      { token: editor.accessToken },
    );
    const listId = created.data!.createCuratedList.id;
    await t.gql(
      'mutation ($id: ID!, $pid: ID!, $title: String!) { updateCuratedListDraft(id: $id, input: { items: [{ title: $title, body: "Noot met <img src=x onerror=alert(1)> en \\"aanhalingstekens\\"", proposalIds: [$pid] }, { title: "Tweede punt", proposalIds: [$pid] }] }) { id } }',
      { id: listId, pid: hiddenId, title: `Punt "een" ${TRICKY_TITLE}` },
      { token: editor.accessToken },
    );
    const published = await t.gql<{ publishCuratedList: { items: { id: string }[] } }>(
      'mutation ($id: ID!) { publishCuratedList(id: $id) { items { id } } }',
      { id: listId },
      { token: editor.accessToken },
    );
    itemId = published.data!.publishCuratedList.items[0]!.id;
    await hideAsModerator(t, hiddenId);
    // A revision in progress: editors see it, nobody else.
    await t.gql(
      'mutation ($id: ID!) { updateCuratedListDraft(id: $id, input: { title: "Concepttitel van de revisie" }) { id } }',
      { id: listId },
      { token: editor.accessToken },
    );
  });

  afterAll(async () => {
    await t.close();
  });

  const page = async (path: string) => {
    const response = await request(t.http).get(path);
    expect(response.status).toBe(200);
    return response.text;
  };

  it('puts the published list, escaped, inside the root element', async () => {
    const html = await page('/lijsten/lastenlijst');
    expect(html).toContain('<div id="root"><a class="skip-link"');
    expect(html).toContain(
      '<h1>Stop &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;lasten&#39; $&amp; voor het MKB</h1>',
    );
    expect(html).toContain('Aan: Minister &quot;EZ&quot;');
    expect(html).toContain('<p>Vijf voorstellen voor <strong>lagere</strong> lasten.</p>');
    expect(html).toContain(
      '<li class="card" id="punt-1" value="1"><h2>Punt &quot;een&quot; Stop &lt;script&gt;',
    );
    expect(html).toContain('Noot met &lt;img src=x onerror=alert(1)&gt; en &quot;aanhalingstekens&quot;');
    expect(html).toContain('<li class="card" id="punt-2" value="2"><h2>Tweede punt</h2>');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    // Never the draft, the hidden suggestion or its moderation.
    expect(html).not.toContain('Concepttitel');
    expect(html).not.toContain('Geheime suggestie');
    expect(html).not.toContain('Niet ter zake');
  });

  it('puts the stylesheet inline, keeps its link disabled, and sends the page compressed', async () => {
    const response = await request(t.http).get('/lijsten/lastenlijst').set('Accept-Encoding', 'br, gzip');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.text).toMatch(
      /<style>:root\{[^]+?<\/style><link rel="stylesheet"[^>]* href="\/assets\/[^"]+\.css" disabled>/,
    );
    // Other pages, which the client renders, keep the stylesheet as a file the browser caches.
    const other = await page('/suggesties');
    expect(other).not.toContain('<style>');
    expect(other).toMatch(/<link rel="stylesheet"[^>]* href="\/assets\/[^"]+\.css">/);
  });

  it('renders a list once until a write, and shows a follow-up on the next request', async () => {
    const before = await page('/lijsten/lastenlijst');
    expect(before).not.toContain('In gesprek');
    const reads = jest.spyOn(t.app.get(CuratedListsService), 'findPublic');
    expect(await page('/lijsten/lastenlijst')).toBe(before);
    expect(reads).not.toHaveBeenCalled();
    const recorded = await t.gql(
      'mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { progress } }',
      { input: { itemId, statusKey: 'in-talks', progress: 35, note: 'Overleg gestart' } },
      { token: liaison.accessToken },
    );
    expect(recorded.errors).toBeUndefined();
    const after = await page('/lijsten/lastenlijst');
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
    expect(after).toMatch(
      /<span class="badge badge-neutral" style="background:#[0-9a-f]{6};color:#(000|fff)">In gesprek<\/span>/,
    );
    expect(after).toContain('Voortgang: 35%');
  });

  it('renders only the current version, and nothing for a list not yet published', async () => {
    expect(await page('/lijsten/lastenlijst/versie/1')).toContain('<div id="root"></div>');
    await t.gql(
      'mutation { createCuratedList(input: { title: "Nog een concept", slug: "concept", addressee: "Kabinet", language: nl }) { id } }',
      {},
      { token: editor.accessToken },
    );
    expect(await page('/lijsten/concept')).toContain('<div id="root"></div>');
  });
});
