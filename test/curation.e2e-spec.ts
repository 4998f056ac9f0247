import request from 'supertest';
import { Role } from '@app/accounts';
import { createSignedInUser, type SignedInUser } from './support/accounts';
import { type ProposalView, submitProposal, themeIds } from './support/proposals';
import { startTestApp, type TestApp } from './support/test-app';

const LIST_FIELDS = `id slug title addressee status version publishedAt publishedBy { displayName }
  items { id position title proposals { id title upvotes } followUp { progress nextReviewAt status { key kind } events { toStatus { key } note handedOverTo handedOverInVersion actor { displayName } } } }
  versions { version publishedAt }
  followUpSummary { open inProgress done declined overdueReviews }`;
const CREATE = `mutation ($input: CreateCuratedListInput!) { createCuratedList(input: $input) { ${LIST_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateCuratedListDraftInput!) { updateCuratedListDraft(id: $id, input: $input) { ${LIST_FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!) { publishCuratedList(id: $id) { ${LIST_FIELDS} } }`;
const REVISE = `mutation ($id: ID!) { reviseCuratedList(id: $id) { ${LIST_FIELDS} } }`;
const READ = `query ($slug: String!, $version: Int, $draft: Boolean) { curatedList(slug: $slug, version: $version, draft: $draft) { ${LIST_FIELDS} } }`;
const RECORD = `mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { progress nextReviewAt lastUpdatedAt status { key kind } events { note } } }`;

interface ListView {
  id: string;
  slug: string;
  title: string;
  status: string;
  version: number;
  publishedBy: { displayName: string } | null;
  items: {
    id: string;
    position: number;
    title: string;
    proposals: { id: string }[];
    followUp: {
      progress: number;
      status: { key: string; kind: string };
      events: { toStatus: { key: string }; note: string }[];
    } | null;
  }[];
  versions: { version: number }[];
  followUpSummary: {
    open: number;
    inProgress: number;
    done: number;
    declined: number;
    overdueReviews: number;
  };
}

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }): string | undefined =>
  response.errors?.[0]?.extensions?.code;

describe('curated lists and follow-up', () => {
  let t: TestApp;
  let editor: SignedInUser;
  let liaison: SignedInUser;
  let suggestions: ProposalView[];

  beforeAll(async () => {
    t = await startTestApp('e2e_curation');
    editor = await createSignedInUser(t, [Role.EDITOR], 'Redactie');
    liaison = await createSignedInUser(t, [Role.LIAISON], 'Ministerie');
    const author = await createSignedInUser(t);
    const themes = await themeIds(t);
    suggestions = [];
    for (const title of [
      'Voorkom verspilling van energie',
      'Bespaar grondstoffen in de bouw',
      'Start de Oranje Bank',
    ]) {
      suggestions.push(await submitProposal(t, author, { title, themeId: themes['energy-resources']! }));
    }
  });

  afterAll(async () => {
    await t.close();
  });

  it('composes, publishes, revises and keeps every published version readable', async () => {
    const created = await t.gql<{ createCuratedList: ListView }>(
      CREATE,
      {
        input: {
          title: 'Tien geboden van het Kabinet van Vernieuwing',
          addressee: 'Minister van Financiën',
          language: 'nl',
        },
      },
      { token: editor.accessToken },
    );
    expect(created.errors).toBeUndefined();
    const list = created.data!.createCuratedList;
    expect(list).toMatchObject({
      slug: 'tien-geboden-van-het-kabinet-van-vernieuwing',
      status: 'DRAFT',
      version: 1,
      items: [],
    });

    // A draft is for editors only.
    expect((await t.gql(READ, { slug: list.slug })).data).toEqual({ curatedList: null });
    expect(codeOf(await t.gql(READ, { slug: list.slug, draft: true }, { token: liaison.accessToken }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await t.gql(PUBLISH, { id: list.id }, { token: editor.accessToken }))).toBe(
      'BAD_USER_INPUT',
    );

    const [energy, materials, bank] = suggestions.map((s) => s.id);
    const drafted = await t.gql<{ updateCuratedListDraft: ListView }>(
      UPDATE,
      {
        id: list.id,
        input: {
          items: [
            {
              title: 'Voorkom verspilling van energie en grondstoffen',
              body: 'Het eerste gebod.',
              proposalIds: [energy, materials],
            },
            { title: 'Overheid start de Oranje Bank', proposalIds: [bank] },
          ],
        },
      },
      { token: editor.accessToken },
    );
    expect(drafted.errors).toBeUndefined();
    const draftItems = drafted.data!.updateCuratedListDraft.items;
    expect(draftItems.map((item) => [item.position, item.proposals.length, item.followUp])).toEqual([
      [1, 2, null],
      [2, 1, null],
    ]);

    const v1 = (
      await t.gql<{ publishCuratedList: ListView }>(PUBLISH, { id: list.id }, { token: editor.accessToken })
    ).data!.publishCuratedList;
    expect(v1).toMatchObject({
      status: 'PUBLISHED',
      version: 1,
      publishedBy: { displayName: 'Redactie' },
      versions: [{ version: 1 }],
    });
    expect(v1.items[0]?.followUp).toMatchObject({
      progress: 0,
      status: { key: 'handed-over', kind: 'OPEN' },
    });
    // The hand-over's text is the client's, in the reader's language: no English note is stored.
    expect(v1.items[0]?.followUp?.events[0]).toMatchObject({
      note: '',
      handedOverTo: 'Minister van Financiën',
      handedOverInVersion: 1,
    });
    expect(v1.followUpSummary).toEqual({ open: 2, inProgress: 0, done: 0, declined: 0, overdueReviews: 0 });

    const edit = await t.gql(
      UPDATE,
      { id: list.id, input: { title: 'Andere titel' } },
      { token: editor.accessToken },
    );
    expect(codeOf(edit)).toBe('CONFLICT');

    // Included-in, on the proposal's side.
    const included = await t.gql<{ proposal: { includedIn: { slug: string; version: number }[] } }>(
      'query ($id: ID!) { proposal(id: $id) { includedIn { slug version } } }',
      { id: energy },
    );
    expect(included.data?.proposal.includedIn).toEqual([{ slug: list.slug, version: 1 }]);

    // Revise: the draft starts from version 1, keeps item ids; add an eleventh-style item.
    const revised = (
      await t.gql<{ reviseCuratedList: ListView }>(REVISE, { id: list.id }, { token: editor.accessToken })
    ).data!.reviseCuratedList;
    expect(revised).toMatchObject({ status: 'DRAFT', version: 2 });
    expect(revised.items.map((item) => item.id)).toEqual(v1.items.map((item) => item.id));
    await t.gql(
      UPDATE,
      {
        id: list.id,
        input: {
          title: 'Tien geboden en het elfde',
          items: [
            { id: v1.items[1]!.id, title: 'Overheid start de Oranje Bank', proposalIds: [bank] },
            { title: 'Laat jonge medewerkers een dagdeel per week kennis vergaren', proposalIds: [] },
          ],
        },
      },
      { token: editor.accessToken },
    );
    const v2 = (
      await t.gql<{ publishCuratedList: ListView }>(PUBLISH, { id: list.id }, { token: editor.accessToken })
    ).data!.publishCuratedList;
    expect(v2).toMatchObject({
      version: 2,
      title: 'Tien geboden en het elfde',
      versions: [{ version: 1 }, { version: 2 }],
    });
    expect(v2.items[0]?.id).toBe(v1.items[1]?.id);

    const latest = await t.gql<{ curatedList: ListView }>(READ, { slug: list.slug });
    expect(latest.data?.curatedList).toMatchObject({ version: 2, title: 'Tien geboden en het elfde' });
    const first = await t.gql<{ curatedList: ListView }>(READ, { slug: list.slug, version: 1 });
    expect(first.data?.curatedList).toMatchObject({
      version: 1,
      title: 'Tien geboden van het Kabinet van Vernieuwing',
    });
    expect(first.data?.curatedList.items).toHaveLength(2);
    expect((await t.gql(READ, { slug: list.slug, version: 3 })).data).toEqual({ curatedList: null });
    // energy is no longer in the latest version.
    const after = await t.gql<{ proposal: { includedIn: unknown[] } }>(
      'query ($id: ID!) { proposal(id: $id) { includedIn { slug } } }',
      {
        id: energy,
      },
    );
    expect(after.data?.proposal.includedIn).toEqual([]);
  });

  it('refuses a taken slug, unknown suggestions and more than 25 items', async () => {
    const input = { title: 'Lijst', slug: 'dubbele-lijst', addressee: 'Minister', language: 'nl' };
    const first = await t.gql<{ createCuratedList: ListView }>(
      CREATE,
      { input },
      { token: editor.accessToken },
    );
    expect(codeOf(await t.gql(CREATE, { input }, { token: editor.accessToken }))).toBe('CONFLICT');
    const id = first.data!.createCuratedList.id;
    const unknown = await t.gql(
      UPDATE,
      { id, input: { items: [{ title: 'Item', proposalIds: ['f'.repeat(24)] }] } },
      { token: editor.accessToken },
    );
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    const many = Array.from({ length: 26 }, (_, i) => ({ title: `Item ${i}`, proposalIds: [] }));
    expect(codeOf(await t.gql(UPDATE, { id, input: { items: many } }, { token: editor.accessToken }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('records follow-up events: append-only, past dates allowed, future dates and bad values refused', async () => {
    const created = (
      await t.gql<{ createCuratedList: ListView }>(
        CREATE,
        { input: { title: 'Opvolging', addressee: 'Minister van Financiën', language: 'nl' } },
        { token: editor.accessToken },
      )
    ).data!.createCuratedList;
    await t.gql(
      UPDATE,
      {
        id: created.id,
        input: {
          items: [
            { title: 'Fiscale regeling', proposalIds: [] },
            { title: 'Tweede', proposalIds: [] },
          ],
        },
      },
      { token: editor.accessToken },
    );
    const published = (
      await t.gql<{ publishCuratedList: ListView }>(
        PUBLISH,
        { id: created.id },
        { token: editor.accessToken },
      )
    ).data!.publishCuratedList;
    const [itemId, otherId] = published.items.map((item) => item.id);

    const inTalks = await t.gql<{ recordFollowUp: { progress: number; status: { key: string } } }>(
      RECORD,
      {
        input: {
          itemId,
          statusKey: 'in-talks',
          progress: 20,
          note: 'De minister is gecharmeerd van het fiscale voorstel; gesprek na de verkiezingen.',
          link: 'https://example.nl/verslag',
          // Due an hour ago: an overdue review.
          nextReviewAt: new Date(Date.now() - 3600_000).toISOString(),
        },
      },
      { token: liaison.accessToken },
    );
    expect(inTalks.errors).toBeUndefined();
    expect(inTalks.data?.recordFollowUp).toMatchObject({ progress: 20, status: { key: 'in-talks' } });

    // A meeting recorded late, dated before the latest event: in the timeline, not the current status.
    const late = await t.gql<{ recordFollowUp: { status: { key: string }; events: { note: string }[] } }>(
      RECORD,
      {
        input: {
          itemId,
          statusKey: 'received',
          note: 'Ontvangstbevestiging',
          occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
        },
      },
      { token: editor.accessToken },
    );
    expect(late.data?.recordFollowUp.status.key).toBe('in-talks');
    // The timeline is ordered by when things happened.
    expect(late.data?.recordFollowUp.events.map((event) => event.note)).toEqual([
      'Ontvangstbevestiging',
      '',
      expect.stringMatching(/gecharmeerd/),
    ]);

    await t.gql(
      RECORD,
      { input: { itemId: otherId, statusKey: 'declined', note: 'Past niet in het beleid' } },
      { token: liaison.accessToken },
    );
    const read = await t.gql<{ curatedList: ListView }>(READ, { slug: published.slug });
    expect(read.data?.curatedList.followUpSummary).toEqual({
      open: 0,
      inProgress: 1,
      done: 0,
      declined: 1,
      overdueReviews: 1,
    });

    for (const [input, field] of [
      [
        {
          itemId,
          statusKey: 'adopted',
          note: 'Te vroeg',
          occurredAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
        'input.occurredAt',
      ],
      [{ itemId, statusKey: 'adopted', note: 'Te veel', progress: 101 }, 'input.progress'],
      [{ itemId, statusKey: 'bestaat-niet', note: 'Onbekend' }, 'input.statusKey'],
      [{ itemId, statusKey: 'adopted', note: 'Link', link: 'javascript:alert(1)' }, 'input.link'],
    ] as const) {
      const response = await t.gql(RECORD, { input }, { token: liaison.accessToken });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect(
      codeOf(
        await t.gql(
          RECORD,
          { input: { itemId: 'no-such-item', statusKey: 'adopted', note: 'x' } },
          { token: liaison.accessToken },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('serves the follow-up statuses as data that admins can extend', async () => {
    const statuses = await t.gql<{ followUpStatuses: { key: string; kind: string }[] }>(
      '{ followUpStatuses { key kind } }',
    );
    expect(statuses.data?.followUpStatuses.map((s) => s.key)).toEqual([
      'handed-over',
      'received',
      'under-consideration',
      'in-talks',
      'adopted',
      'partially-adopted',
      'implemented',
      'declined',
    ]);
    const admin = await createSignedInUser(t, [Role.ADMIN]);
    const added = await t.gql(
      'mutation { upsertFollowUpStatus(input: { key: "postponed", nameNl: "Uitgesteld", nameEn: "Postponed", kind: IN_PROGRESS, color: "#a855f7" }) { key name kind } }',
      {},
      { token: admin.accessToken },
    );
    expect(added.data).toEqual({
      upsertFollowUpStatus: { key: 'postponed', name: 'Uitgesteld', kind: 'IN_PROGRESS' },
    });
  });

  it('exports a published list as CSV (formula-safe) and JSON, and the suggestions as CSV', async () => {
    const list = (
      await t.gql<{ createCuratedList: ListView }>(
        CREATE,
        {
          input: {
            title: 'Open data',
            slug: 'open-data',
            addressee: 'Minister van Financiën',
            language: 'nl',
          },
        },
        { token: editor.accessToken },
      )
    ).data!.createCuratedList;
    await t.gql(
      UPDATE,
      {
        id: list.id,
        input: {
          items: [
            {
              title: '=HYPERLINK("http://evil.example","klik")',
              body: 'Tekst met "aanhalingstekens", komma\nen regel',
              proposalIds: [suggestions[0]!.id],
            },
          ],
        },
      },
      { token: editor.accessToken },
    );
    await t.gql(PUBLISH, { id: list.id }, { token: editor.accessToken });

    const csv = await request(t.http).get('/export/lists/open-data.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'position,item,text,suggestions,upvotes,downvotes,status,status_kind,progress,next_review_at,last_updated_at,events,comment_count',
    );
    expect(lines[1]).toMatch(
      /^1,"'=HYPERLINK\(""http:\/\/evil\.example"",""klik""\)","Tekst met ""aanhalingstekens"", komma\nen regel",Voorkom verspilling van energie,0,0,Overhandigd,OPEN,0,/,
    );

    const json = await request(t.http).get('/export/lists/open-data.json?version=1');
    expect(json.status).toBe(200);
    const body = json.body as {
      version: number;
      items: { proposals: { id: string }[]; followUp: { events: { toStatus: string }[] } }[];
    };
    expect(body.version).toBe(1);
    expect(body.items[0]?.proposals[0]?.id).toBe(suggestions[0]!.id);
    expect(body.items[0]?.followUp.events.map((event) => event.toStatus)).toEqual(['handed-over']);

    expect((await request(t.http).get('/export/lists/no-such-list.csv')).status).toBe(404);
    expect((await request(t.http).get('/export/lists/open-data.xml')).status).toBe(404);
    expect((await request(t.http).get('/export/lists/open-data.csv?version=zero')).status).toBe(404);

    const proposals = await request(t.http).get('/export/proposals.csv');
    expect(proposals.status).toBe(200);
    const rows = proposals.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe(
      'id,title,theme,tags,language,upvotes,downvotes,author,organization,created_at,comment_count,comments_in_favor,comments_against',
    );
    expect(rows).toHaveLength(suggestions.length + 1);
  });
});
