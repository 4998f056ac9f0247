import type { Locator, Page } from 'playwright-core';
import { Role } from '@app/accounts';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { sendSignInForm, signIn, waitForClient } from './support/browser';
import { FollowUpScene } from './support/follow-up';
import { submitProposal, themeIds } from './support/proposals';
import type { TestApp } from './support/test-app';
import { seriousAxeViolations, sidewaysOverflow, startWebApp, type WebApp } from './support/web-app';

/** The discussion of the built web client, served by the real API: comment, reply, vote, moderate. */
describe('discussion in a browser', () => {
  let web: WebApp | undefined;
  let t: TestApp;
  let base: string;
  let themeId: string;

  beforeAll(async () => {
    const started = await startWebApp('e2e_discussion_web');
    web = started;
    ({ t, base } = started);
    themeId = Object.values(await themeIds(t))[0]!;
  });

  afterAll(() => web?.close());

  /** A page in a context of its own (axe needs one); closing the page's context closes it. */
  const open = async (path: string, width = 1000): Promise<Page> => {
    const context = await web!.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    return page;
  };

  const addComment = async (
    user: SignedInUser,
    input: { targetId: string; body: string; alignment: string; parentId?: string },
  ): Promise<string> => {
    const response = await t.gql<{ addComment: { id: string } }>(
      'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
      { input },
      { token: user.accessToken },
    );
    if (response.errors || !response.data) throw new Error(`addComment: ${JSON.stringify(response.errors)}`);
    return response.data.addComment.id;
  };

  const discussion = (page: Page): Locator => page.getByRole('region', { name: /^Discussie/ });
  const commentBy = (page: Page, name: string): Locator =>
    page.getByRole('article', { name: `Reactie van ${name}` });

  it('lets a member comment with a stance, another reply and vote, and the author edit and delete', async () => {
    const ida = await createSignedInUser(t, [], 'Indiener Ida');
    const anna = await createSignedInUser(t, [], 'Anna Aalbers');
    const bart = await createSignedInUser(t, [], 'Bart Bakker');
    const proposal = await submitProposal(t, ida, { title: 'Eén loket voor vergunningen', themeId });
    const path = `/voorstel/${proposal.id}`;

    const first = await open('/');
    await signIn(first, base, anna.user.email, { back: path });
    const section = discussion(first);
    await section.getByText('Nog geen reacties').waitFor();
    const stances = section.getByRole('group', { name: 'Jouw standpunt' });
    await stances.getByRole('radio', { name: 'Tegen' }).check();
    expect(await stances.getByRole('radio', { name: 'Tegen' }).isChecked()).toBe(true);
    const body = section.getByLabel('Je reactie (Markdown mag)');
    // The count and the minimum as two sentences, not run together.
    await body.fill('E');
    await section.getByText('1 van 5.000 tekens. Minstens 2 tekens.', { exact: true }).waitFor();
    await body.fill('Eén loket klinkt goed, maar **wie** betaalt de bouw?');
    await section.getByText('52 van 5.000 tekens').waitFor();
    await section.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await section.getByRole('status').filter({ hasText: 'Je reactie is geplaatst.' }).waitFor();
    const own = commentBy(first, 'Anna Aalbers');
    await own.getByText('Tegen', { exact: true }).waitFor();
    await own.locator('strong', { hasText: 'wie' }).waitFor();
    // No votes on your own comment; no report either.
    expect(await own.getByRole('button', { name: /^Omhoog/ }).count()).toBe(0);
    expect(await own.getByRole('button', { name: 'Melden' }).count()).toBe(0);

    const second = await open('/');
    await signIn(second, base, bart.user.email, { back: path });
    const annas = commentBy(second, 'Anna Aalbers');
    await annas.getByRole('button', { name: 'Antwoorden' }).click();
    const reply = second.getByRole('form', { name: 'Antwoord schrijven' });
    await reply.getByRole('radio', { name: 'Voor' }).check();
    await reply.getByLabel('Je antwoord (Markdown mag)').fill('De gemeenten samen, dat spaart ze later uit.');
    await reply.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await commentBy(second, 'Bart Bakker').getByText('De gemeenten samen').waitFor();
    const up = annas.getByRole('button', { name: /^Omhoog/ });
    await up.click();
    await annas.getByRole('button', { name: 'Omhoog 1', pressed: true }).waitFor();

    // The first member sees the reply arrive, and opens it.
    await section.getByRole('button', { name: '1 nieuwe reactie tonen' }).click();
    // The reply is folded under its thread, which has the focus.
    expect(await first.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe(
      'Reactie van Anna Aalbers',
    );
    const unfold = section.getByRole('button', { name: '1 reactie tonen' });
    expect(await unfold.getAttribute('aria-expanded')).toBe('false');
    await unfold.click();
    await section.getByRole('button', { name: '1 reactie verbergen', expanded: true }).waitFor();
    await commentBy(first, 'Bart Bakker').getByText('De gemeenten samen').waitFor();
    await commentBy(first, 'Bart Bakker').getByText('Voor', { exact: true }).waitFor();
    // The counts of the suggestion follow the reply that arrived live.
    await first.getByText('1 reactie voor', { exact: true }).waitFor();
    await first.getByRole('heading', { name: 'Discussie (2 reacties)' }).waitFor();
    await first.screenshot({ path: 'test/artifacts/discussion-desktop.png', fullPage: true });
    expect(await seriousAxeViolations(first, 'discussion')).toEqual([]);

    await first.setViewportSize({ width: 375, height: 800 });
    await first.screenshot({ path: 'test/artifacts/discussion-phone.png', fullPage: true });
    expect(await sidewaysOverflow(first)).toBeLessThanOrEqual(0);
    await first.setViewportSize({ width: 1000, height: 800 });

    // The author edits within the window, then deletes; with a reply, its place stays.
    await own.getByRole('button', { name: 'Bewerken' }).click();
    const edit = first.getByRole('form', { name: 'Reactie bewerken' });
    await edit.getByLabel('Je reactie (Markdown mag)').fill('Eén loket klinkt goed; wie betaalt de bouw?');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await own.getByText('Eén loket klinkt goed; wie betaalt de bouw?').waitFor();
    await own.getByText('bewerkt').waitFor();
    await own.getByRole('button', { name: 'Verwijderen' }).click();
    await own.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await first.getByText('Deze reactie is verwijderd').waitFor();
    await commentBy(first, 'Bart Bakker').waitFor();
    await first.context().close();
    await second.context().close();
  }, 240_000);

  it('lets members report a comment and a moderator hide it from the queue', async () => {
    const ida = await createSignedInUser(t, [], 'Indiener Ida');
    const carla = await createSignedInUser(t, [], 'Carla Claes');
    const dirk = await createSignedInUser(t, [], 'Dirk Dekker');
    const moderator = await createSignedInUser(t, [Role.MODERATOR], 'Moderator Mia');
    const proposal = await submitProposal(t, ida, { title: 'Minder regels voor terrassen', themeId });
    const path = `/voorstel/${proposal.id}`;
    await addComment(carla, {
      targetId: proposal.id,
      body: 'Koop gewoon mijn product op kortingsite.example!',
      alignment: 'NEUTRAL',
    });
    const reporter = await createSignedInUser(t, [], 'Melder Max');
    const flagged = await t.gql<{ comments: { edges: { node: { id: string } }[] } }>(
      'query ($id: ID!) { comments(targetId: $id) { edges { node { id } } } }',
      { id: proposal.id },
    );
    const commentId = flagged.data!.comments.edges[0]!.node.id;
    const byApi = await t.gql(
      'mutation ($id: ID!) { flagComment(id: $id, reason: "Reclame voor een webwinkel") }',
      { id: commentId },
      { token: reporter.accessToken },
    );
    expect(byApi.errors).toBeUndefined();

    const member = await open('/');
    await signIn(member, base, dirk.user.email, { back: path });
    const carlas = commentBy(member, 'Carla Claes');
    await carlas.getByRole('button', { name: 'Melden' }).click();
    expect(await carlas.getByRole('button', { name: 'Melden' }).getAttribute('aria-expanded')).toBe('true');
    await carlas.getByLabel('Waarom meld je deze reactie?').fill('Dit is spam');
    await carlas.getByRole('button', { name: 'Melding versturen' }).click();
    await carlas.getByText('Gemeld. Dank je wel.').waitFor();
    await member.context().close();

    const page = await open('/');
    await signIn(page, base, moderator.user.email, { back: '/moderatie' });
    const queue = page.getByRole('region', { name: /^Gemelde reacties/ });
    const item = queue.getByRole('listitem').filter({ hasText: 'Koop gewoon mijn product' });
    await item.getByText('2 meldingen').waitFor();
    await item.getByText('Reclame voor een webwinkel').waitFor();
    await item.getByText('Dit is spam').waitFor();
    await page.screenshot({ path: 'test/artifacts/discussion-moderation.png', fullPage: true });
    expect(await seriousAxeViolations(page, 'moderation queue')).toEqual([]);
    await item.getByLabel('Reden (voor het logboek)').fill('Reclame');
    await item.getByRole('button', { name: 'Verbergen' }).click();
    await queue.getByText('Geen gemelde reacties.').waitFor();
    await page
      .getByText(
        /Reactie verborgen: een reactie bij „Minder regels voor terrassen” \(Reclame\) — Moderator Mia/,
      )
      .waitFor();

    await page.goto(`${base}${path}`);
    const hidden = commentBy(page, 'Carla Claes');
    await hidden.getByText('Verborgen door de moderatie').waitFor();
    await hidden.getByRole('button', { name: 'Weer tonen' }).waitFor();
    await page.context().close();

    const anonymous = await open(path);
    await discussion(anonymous).getByText('Nog geen reacties').waitFor();
    expect(await anonymous.getByText('Koop gewoon mijn product').count()).toBe(0);
    await anonymous.context().close();
  }, 240_000);

  it('shows an anonymous reader the discussion, the counts on the card, and a sign-in link that returns', async () => {
    const ida = await createSignedInUser(t, [], 'Indiener Ida');
    const eva = await createSignedInUser(t, [], 'Eva Evers');
    const fenna = await createSignedInUser(t, [], 'Fenna Fokkema');
    const proposal = await submitProposal(t, ida, { title: 'Gratis wifi in elke bibliotheek', themeId });
    const path = `/voorstel/${proposal.id}`;
    await addComment(eva, {
      targetId: proposal.id,
      body: 'Goed voor thuiswerkers in dorpen.',
      alignment: 'IN_FAVOR',
    });
    await addComment(fenna, {
      targetId: proposal.id,
      body: 'Dat doen veel bibliotheken al.',
      alignment: 'AGAINST',
    });

    const page = await open(path);
    const section = discussion(page);
    await section.getByRole('heading', { name: 'Discussie (2 reacties)' }).waitFor();
    await commentBy(page, 'Eva Evers').getByText('Voor', { exact: true }).waitFor();
    await commentBy(page, 'Fenna Fokkema').getByText('Tegen', { exact: true }).waitFor();
    expect(await section.getByRole('button', { name: /^Omhoog/ }).count()).toBe(0);
    expect(await section.getByRole('form').count()).toBe(0);
    await section.getByRole('button', { name: 'Nieuwste', pressed: false }).click();
    await section.getByRole('button', { name: 'Nieuwste', pressed: true }).waitFor();
    expect(await section.getByRole('article').first().getAttribute('aria-label')).toBe(
      'Reactie van Fenna Fokkema',
    );
    expect(await seriousAxeViolations(page, 'anonymous discussion')).toEqual([]);
    await page.screenshot({ path: 'test/artifacts/discussion-anonymous.png', fullPage: true });

    await page.goto(`${base}/suggesties?volgorde=NEWEST`);
    const card = page.getByRole('listitem').filter({ hasText: 'Gratis wifi in elke bibliotheek' });
    await card.getByText('1 reactie voor').waitFor();
    await card.getByText('1 reactie tegen').waitFor();
    await page.screenshot({ path: 'test/artifacts/discussion-card.png' });

    await page.goto(`${base}${path}`);
    const link = discussion(page).getByRole('link', { name: 'Log in om te reageren' });
    await link.click();
    await sendSignInForm(page, eva.user.email);
    await discussion(page).getByRole('button', { name: 'Reactie plaatsen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(path);
    await page.context().close();
  }, 120_000);

  it('shows the discussion of a list item, folded until opened', async () => {
    const scene = await FollowUpScene.start(t);
    const list = await scene.publishedList('Tien geboden voor ondernemers');
    const gijs = await createSignedInUser(t, [], 'Gijs Gerritsen');
    await addComment(gijs, {
      targetId: list.itemId,
      body: 'Wanneer hoort de Kamer hierover?',
      alignment: 'NEUTRAL',
    });

    const page = await open(`/lijsten/${list.slug}`);
    // Opening the discussion on the server's page has the client render the page itself.
    await waitForClient(page);
    const summary = page.getByText('Discussie (1 reactie)');
    await summary.click();
    await commentBy(page, 'Gijs Gerritsen').getByText('Neutraal', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Log in om te reageren' }).waitFor();
    expect(await seriousAxeViolations(page, 'list item discussion')).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: 'test/artifacts/discussion-list-phone.png', fullPage: true });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('unfolds a thread’s replies a page at a time, also after the order moved', async () => {
    const ida = await createSignedInUser(t, [], 'Indiener Ida');
    const hanna = await createSignedInUser(t, [], 'Hanna Hendriks');
    const joost = await createSignedInUser(t, [], 'Joost Jansen');
    const proposal = await submitProposal(t, ida, { title: 'Een vast aanspreekpunt per sector', themeId });
    const quiet = await addComment(ida, { targetId: proposal.id, body: 'Kort punt.', alignment: 'NEUTRAL' });
    const thread = await addComment(hanna, {
      targetId: proposal.id,
      body: 'Wie betaalt het aanspreekpunt?',
      alignment: 'AGAINST',
    });
    for (let n = 1; n <= 6; n += 1) {
      await addComment(joost, {
        targetId: proposal.id,
        body: `Antwoord ${n}.`,
        alignment: 'NEUTRAL',
        parentId: thread,
      });
    }
    const page = await open(`/voorstel/${proposal.id}`);
    const section = discussion(page);
    await commentBy(page, 'Hanna Hendriks').waitFor();
    // A vote moves the other thread ahead of it (BEST) before it is unfolded.
    const vote = await t.gql(
      'mutation ($id: ID!) { voteComment(id: $id, up: true) { id } }',
      { id: quiet },
      {
        token: joost.accessToken,
      },
    );
    expect(vote.errors).toBeUndefined();
    await section.getByRole('button', { name: '6 reacties tonen' }).click();
    await section.getByText('Antwoord 5.').waitFor();
    expect(await commentBy(page, 'Joost Jansen').count()).toBe(5);
    await section.getByRole('button', { name: 'Meer antwoorden' }).click();
    await section.getByText('Antwoord 6.').waitFor();
    expect(await commentBy(page, 'Joost Jansen').count()).toBe(6);
    expect(await section.getByRole('button', { name: 'Meer antwoorden' }).count()).toBe(0);
    await page.context().close();
  }, 120_000);

  it('pages through the threads with "more comments", focusing the first of the new page', async () => {
    const ida = await createSignedInUser(t, [], 'Indiener Ida');
    const proposal = await submitProposal(t, ida, { title: 'Een loket voor exportvergunningen', themeId });
    for (let n = 1; n <= 12; n += 1) {
      const member = await createSignedInUser(t, [], `Lid ${n}`);
      await addComment(member, {
        targetId: proposal.id,
        body: `Argument nummer ${n}.`,
        alignment: 'NEUTRAL',
      });
    }
    const page = await open(`/voorstel/${proposal.id}`);
    const section = discussion(page);
    await section.getByRole('button', { name: 'Oudste' }).click();
    await commentBy(page, 'Lid 10').waitFor();
    expect(await section.getByRole('article').count()).toBe(10);
    await section.getByRole('button', { name: 'Meer reacties' }).click();
    await commentBy(page, 'Lid 12').waitFor();
    expect(await section.getByRole('article').count()).toBe(12);
    expect(await section.getByRole('button', { name: 'Meer reacties' }).count()).toBe(0);
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe(
      'Reactie van Lid 11',
    );
    await page.context().close();
  }, 120_000);
});
