import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { Role } from '@app/accounts';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { hideAsModerator, submitProposal, themeIds } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

const PUBLIC_URL = 'https://kabinet.example';
const TRICKY_TITLE = 'Stop <script>alert("x")</script> & \'lasten\' $& voor het MKB';

/** The content of `<meta name|property="key">` in `html`, unescaped as a browser reads it. */
function metaContent(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html);
  return match?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** How the server serves the built web client (npm test builds it before the e2e specs). */
describe('serving the web client', () => {
  let t: TestApp;
  let author: SignedInUser;
  let editor: SignedInUser;
  let publicId: string;
  let hiddenId: string;
  let withdrawnId: string;

  beforeAll(async () => {
    t = await startTestApp('e2e_web_serving', { PUBLIC_URL });
    author = await createSignedInUser(t, [], 'Greetje Bos');
    editor = await createSignedInUser(t, [Role.EDITOR]);
    const themes = await themeIds(t);
    const themeId = themes['finance-banking']!;
    publicId = (
      await submitProposal(t, author, {
        title: TRICKY_TITLE,
        body: 'Een **ontwikkelingsbank** voor het [MKB](https://example.nl) die leningen geeft. '.repeat(5),
        themeId,
      })
    ).id;
    hiddenId = (await submitProposal(t, author, { title: 'Geheime suggestie die verborgen wordt', themeId }))
      .id;
    await hideAsModerator(t, hiddenId);
    withdrawnId = (await submitProposal(t, author, { title: 'Ingetrokken suggestie van Greetje', themeId }))
      .id;
    await t.gql(
      'mutation ($id: ID!) { withdrawProposal(id: $id, reason: "Toch niet") { id } }',
      { id: withdrawnId },
      {
        token: author.accessToken,
      },
    );
    const created = await t.gql<{ createCuratedList: { id: string } }>(
      'mutation { createCuratedList(input: { title: "Tien \\"geboden\\"", slug: "tien-geboden", addressee: "Minister van Financiën", description: "Tien voorstellen voor *betere* financiering.", language: nl }) { id } }',
      {},
      { token: editor.accessToken },
    );
    const listId = created.data!.createCuratedList.id;
    await t.gql(
      'mutation ($id: ID!, $pid: ID!) { updateCuratedListDraft(id: $id, input: { items: [{ title: "Start de bank", proposalIds: [$pid] }] }) { id } }',
      { id: listId, pid: publicId },
      { token: editor.accessToken },
    );
    await t.gql(
      'mutation ($id: ID!) { publishCuratedList(id: $id) { id } }',
      { id: listId },
      {
        token: editor.accessToken,
      },
    );
    await t.gql(
      'mutation { createCuratedList(input: { title: "Nog een concept", slug: "concept", addressee: "Kabinet", language: nl }) { id } }',
      {},
      { token: editor.accessToken },
    );
  });

  afterAll(async () => {
    await t.close();
  });

  const get = (path: string) => request(t.http).get(path);

  it('answers the client routes with its page, and 404 with the same page for any other path', async () => {
    for (const path of [
      '/',
      '/lijsten',
      '/inloggen',
      '/redactie/tien-geboden',
      '/wachtwoord-herstellen/abc',
      '/lijsten/',
    ]) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.text).toContain('<div id="root"></div>');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
    for (const path of ['/bestaat-niet', '/lijsten/tien-geboden/extra/pad', '/index.html', '/voorstel']) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.text).toContain('<div id="root"></div>');
      expect(metaContent(response.text, 'robots')).toBe('noindex');
    }
  });

  it('answers 404 for a suggestion or list that does not exist, and 200 for hidden ones (their author may read them)', async () => {
    expect((await get(`/voorstel/${publicId}`)).status).toBe(200);
    expect((await get('/voorstel/0123456789abcdef01234567')).status).toBe(404);
    expect((await get('/voorstel/geen-id')).status).toBe(404);
    expect((await get(`/voorstel/${hiddenId}`)).status).toBe(200);
    expect((await get('/lijsten/tien-geboden')).status).toBe(200);
    expect((await get('/lijsten/tien-geboden/versie/1')).status).toBe(200);
    expect((await get('/lijsten/tien-geboden/versie/2')).status).toBe(404);
    expect((await get('/lijsten/tien-geboden/versie/nul')).status).toBe(404);
    expect((await get('/lijsten/bestaat-niet')).status).toBe(404);
    expect((await get('/lijsten/concept')).status).toBe(200);
  });

  it('leaves the API paths to the API', async () => {
    expect((await get('/health')).status).toBe(200);
    expect((await get('/health/live')).status).toBe(200);
    expect((await get('/metrics')).text).toMatch(/^# HELP kabinet_/m);
    const graphql = await get('/graphql?query=%7B__typename%7D').set('apollo-require-preflight', 'true');
    expect(graphql.text).not.toContain('<div id="root">');
    expect((await get('/export/geen-bestand')).text).not.toContain('<div id="root">');
  });

  it('fills the title, description and Open Graph tags of a public suggestion, escaped', async () => {
    const response = await get(`/voorstel/${publicId}`);
    const html = response.text;
    expect(html).not.toContain('<script>alert');
    expect(html).toContain(
      `<title>Stop &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;lasten&#39; $&amp; voor het MKB – Kabinet van Vernieuwing</title>`,
    );
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
    expect(metaContent(html, 'og:title')).toBe(`${TRICKY_TITLE} – Kabinet van Vernieuwing`);
    const description = metaContent(html, 'description')!;
    expect(description.startsWith('Een ontwikkelingsbank voor het MKB die leningen geeft.')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith('…')).toBe(true);
    expect(metaContent(html, 'og:description')).toBe(description);
    expect(metaContent(html, 'og:url')).toBe(`${PUBLIC_URL}/voorstel/${publicId}`);
    expect(metaContent(html, 'og:type')).toBe('article');
    expect(metaContent(html, 'og:site_name')).toBe('Kabinet van Vernieuwing');
    expect(metaContent(html, 'og:locale')).toBe('nl_NL');
    expect(metaContent(html, 'twitter:title')).toBe(`${TRICKY_TITLE} – Kabinet van Vernieuwing`);
  });

  it('gives hidden and withdrawn suggestions and unpublished lists the generic tags', async () => {
    for (const path of [`/voorstel/${hiddenId}`, `/voorstel/${withdrawnId}`, '/lijsten/concept']) {
      const html = (await get(path)).text;
      expect(html).toContain('<title>Kabinet van Vernieuwing</title>');
      expect(html).not.toContain('Geheime suggestie');
      expect(html).not.toContain('Ingetrokken suggestie');
      expect(html).not.toContain('Nog een concept');
      expect(metaContent(html, 'og:type')).toBe('website');
      expect(metaContent(html, 'description')).toMatch(/^Ondernemers stellen beleid voor/);
    }
  });

  it('fills the tags of a published list from its description', async () => {
    const html = (await get('/lijsten/tien-geboden')).text;
    expect(metaContent(html, 'og:title')).toBe('Tien "geboden" – Kabinet van Vernieuwing');
    expect(metaContent(html, 'description')).toBe('Tien voorstellen voor betere financiering.');
    expect(metaContent(html, 'og:url')).toBe(`${PUBLIC_URL}/lijsten/tien-geboden`);
    const versionHtml = (await get('/lijsten/tien-geboden/versie/1')).text;
    expect(metaContent(versionHtml, 'og:url')).toBe(`${PUBLIC_URL}/lijsten/tien-geboden/versie/1`);
  });

  it('serves robots.txt that closes private pages and names the sitemap', async () => {
    const response = await get('/robots.txt');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const lines = response.text.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining(['User-agent: *', 'Allow: /', `Sitemap: ${PUBLIC_URL}/sitemap.xml`]),
    );
    for (const path of [
      '/beheer',
      '/redactie',
      '/moderatie',
      '/profiel',
      '/meldingen',
      '/wachtwoord-herstellen/',
    ]) {
      expect(lines).toContain(`Disallow: ${path}`);
    }
    expect(lines).not.toContain('Disallow: /lijsten');
  });

  it('lists public suggestions and published lists in sitemap.xml, never hidden, withdrawn or draft ones', async () => {
    const response = await get('/sitemap.xml');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    const xml = response.text;
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    expect(xml).toContain(`<loc>${PUBLIC_URL}/</loc>`);
    expect(xml).toContain(`<loc>${PUBLIC_URL}/lijsten</loc>`);
    expect(xml).toMatch(
      new RegExp(
        `<url><loc>${PUBLIC_URL}/voorstel/${publicId}</loc><lastmod>\\d{4}-\\d\\d-\\d\\dT[^<]+</lastmod></url>`,
      ),
    );
    expect(xml).toMatch(new RegExp(`<url><loc>${PUBLIC_URL}/lijsten/tien-geboden</loc><lastmod>`));
    expect(xml).not.toContain(hiddenId);
    expect(xml).not.toContain(withdrawnId);
    expect(xml).not.toContain('/lijsten/concept');
    expect(xml).not.toContain('/beheer');
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
  });

  it('serves hashed assets precompressed and cached for a year, keeping the security headers', async () => {
    const assets = readdirSync(join(__dirname, '..', 'dist', 'web', 'assets'));
    const script = assets.find((name) => /^index-.*\.js$/.test(name))!;
    const brotli = await get(`/assets/${script}`).set('accept-encoding', 'gzip, deflate, br');
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotli.headers['content-security-policy']).toContain("script-src 'self'");
    expect(brotli.headers['x-content-type-options']).toBe('nosniff');
    const gzip = await get(`/assets/${script}`).set('accept-encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await get(`/assets/${script}`).set('accept-encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((await get('/favicon.svg')).headers['cache-control']).toBe('no-cache');
    const page = await get('/');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it("compresses a page's HTML, made up per request, as the client accepts", async () => {
    const plain = await get(`/voorstel/${publicId}`).set('accept-encoding', 'identity');
    const brotli = await get(`/voorstel/${publicId}`).set('accept-encoding', 'gzip, deflate, br');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.text).toBe(plain.text);
    expect(brotli.text).toContain('<div id="root"></div>');
  });
});
