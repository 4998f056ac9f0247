import { Types } from 'mongoose';
import type { FollowUpEventRecord, FollowUpStatusRecord, ListView } from '@app/curation';
import type { ProposalRecord } from '@app/proposals';
import {
  listPageHtml,
  markdownHtml,
  publishedListPage,
  type PublishedListReads,
  withInlineStyles,
  withRootContent,
} from './list-page-html';

const HOSTILE = `<script>alert("x")</script> & 'quote'`;

function view(overrides: Partial<ListView['content']> = {}): ListView {
  const content = {
    title: `Lijst ${HOSTILE}`,
    description: `Inleiding **vet** ${HOSTILE}`,
    addressee: `Ministerie "EZ"`,
    items: [
      {
        id: 'item-1',
        title: `Punt "een" ${HOSTILE}`,
        body: `- a <b>\n- [link](javascript:void0)`,
        proposalIds: [],
      },
      { id: 'item-2', title: 'Punt twee', body: 'Tekst twee', proposalIds: [] },
    ],
    ...overrides,
  };
  return {
    list: {
      _id: new Types.ObjectId(),
      slug: 'tien-geboden',
      language: 'nl',
      // A revision in progress, never shown to anyone but editors.
      draft: { title: 'CONCEPTTITEL', description: 'CONCEPT', addressee: 'CONCEPT', items: [] },
      latestVersion: 3,
      latestProposalIds: [],
      createdBy: new Types.ObjectId(),
      createdAt: new Date('2026-01-01'),
      updatedAt: new Date('2026-11-01'),
    } as unknown as ListView['list'],
    content,
    status: 'PUBLISHED',
    version: 3,
    publishedAt: new Date('2026-11-05T12:00:00Z'),
    publishedBy: new Types.ObjectId(),
    // The linked suggestions as published, one of them hidden since: the page never shows them.
    snapshots: [{ proposalId: new Types.ObjectId(), title: 'VERBORGEN SUGGESTIE', body: 'VERBORGEN TEKST' }],
  } as unknown as ListView;
}

const STATUSES = [
  {
    key: 'in-behandeling',
    name: { nl: 'In behandeling', en: 'In progress' },
    kind: 'IN_PROGRESS',
    color: '#fff',
    position: 1,
  },
] as unknown as FollowUpStatusRecord[];

function followUp(itemId: string, progress: number, nextReviewAt: Date | null = null) {
  return { _id: itemId, statusKey: 'in-behandeling', progress, nextReviewAt };
}

function reads(overrides: Partial<PublishedListReads> = {}): PublishedListReads {
  return {
    followUps: [],
    events: [],
    statuses: STATUSES,
    commentCounts: [],
    proposals: [],
    versions: [],
    ...overrides,
  };
}

describe('the server-rendered list page', () => {
  it('escapes every text of the list, its items and follow-up', () => {
    const html = listPageHtml(
      publishedListPage(
        view(),
        reads({
          followUps: [followUp('item-1', 40)],
          statuses: [{ ...STATUSES[0]!, name: { nl: `Status ${HOSTILE}`, en: 'x' } }],
        }),
      ),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('"x"');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain(
      '<h1>Lijst &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39;</h1>',
    );
    expect(html).toContain('Aan: Ministerie &quot;EZ&quot;');
    expect(html).toContain('<h2>Punt &quot;een&quot; &lt;script&gt;');
    expect(html).toContain(
      '<span class="badge badge-neutral" style="background:#fff;color:#000">Status &lt;script&gt;',
    );
    expect(html).toContain('<ul><li>a &lt;b&gt;</li><li>link</li></ul>');
  });

  it('renders the published version with positions, text and follow-up status', () => {
    const html = listPageHtml(
      publishedListPage(
        view(),
        reads({
          followUps: [followUp('item-1', 40)],
          versions: [
            { version: 1, publishedAt: new Date('2026-10-01T12:00:00Z') },
            { version: 2, publishedAt: new Date('2026-11-05T12:00:00Z') },
          ],
        }),
      ),
    );
    expect(html).toContain('data-prerendered="/lijsten/tien-geboden"');
    // The client draws the follow-up chart in the room left for it, between the items and the versions.
    expect(html).toContain(
      '</ol><div data-client-slot="list-progress"></div>' +
        '<nav aria-label="Versies" class="list-versions"><h2>Versies</h2><ul>' +
        '<li><a href="/lijsten/tien-geboden/versie/1">Versie 1</a> <span class="meta">1 oktober 2026</span></li>' +
        '<li><a href="/lijsten/tien-geboden/versie/2">Versie 2</a> <span class="meta">5 november 2026</span>' +
        ' · <a href="/lijsten/tien-geboden/versie/2?vergelijk=1">wat is er veranderd</a></li></ul></nav></article>',
    );
    expect(html).toContain('<article lang="nl">');
    expect(html).toContain('Versie 3, gepubliceerd op 5 november 2026');
    expect(html).toContain('<li class="card" id="punt-1" value="1"><h2>Punt &quot;een&quot;');
    expect(html).toContain(
      '<li class="card" id="punt-2" value="2"><h2>Punt twee</h2><p>Tekst twee</p>' +
        '<details id="reacties-item-2" data-client-fold><summary>Discussie (0 reacties)</summary></details></li>',
    );
    expect(html).toContain('In behandeling</span>');
    expect(html).toContain('Voortgang: 40%');
    expect(html).toContain('Inleiding <strong>vet</strong>');
    expect(html).toContain(
      '<p><a href="/inloggen?terug=%2Flijsten%2Ftien-geboden">Log in om deze lijst te volgen.</a></p>',
    );
    expect(html).toContain('<p>0 open, 1 in behandeling, 0 afgerond, 0 afgewezen</p>');
    expect(html).toContain('<a class="target-link" href="/export/lists/tien-geboden.csv">CSV</a>');
  });

  it('shows neither the draft nor a suggestion no item links', () => {
    const html = listPageHtml(publishedListPage(view(), reads()));
    expect(html).not.toContain('CONCEPT');
    expect(html).not.toContain('VERBORGEN');
    expect(html).not.toContain('badge');
  });

  it('renders what the client adds to an item: details, suggestions, timeline, discussion', () => {
    const published = view();
    const [shown, hidden, gone] = [new Types.ObjectId(), new Types.ObjectId(), new Types.ObjectId()];
    published.content.items[0]!.proposalIds = [shown, hidden, gone];
    published.snapshots = [
      { proposalId: shown, title: `Zoals gepubliceerd ${HOSTILE}`, body: '' },
      { proposalId: hidden, title: 'VERBORGEN SUGGESTIE', body: 'VERBORGEN TEKST' },
    ];
    const proposal = (id: Types.ObjectId, status: string, upvotes: number) =>
      ({ _id: id, status, upvotes, title: 'Nu anders', body: '' }) as unknown as ProposalRecord;
    const event = (at: string, fields: Partial<FollowUpEventRecord>) =>
      ({ itemId: 'item-1', at: new Date(at), note: '', link: null, ...fields }) as FollowUpEventRecord;
    const html = listPageHtml(
      publishedListPage(
        published,
        reads({
          followUps: [followUp('item-1', 40, new Date('2027-01-15T12:00:00Z'))],
          events: [
            event('2026-11-05T12:00:00Z', {
              fromStatus: null,
              toStatus: 'in-behandeling',
              handover: { addressee: 'Minister <EZ>', version: 3 },
            }),
            event('2026-11-20T12:00:00Z', {
              fromStatus: 'in-behandeling',
              toStatus: 'in-behandeling',
              note: `Overleg **gestart** ${HOSTILE}`,
              link: 'https://example.org/a?b=1&c="2"',
            }),
          ],
          commentCounts: [1, 3],
          proposals: [proposal(shown, 'PUBLISHED', 1), proposal(hidden, 'HIDDEN', 9)],
        }),
      ),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('VERBORGEN');
    const more =
      '<p><a href="https://example.org/a?b=1&amp;c=&quot;2&quot;" rel="noopener noreferrer nofollow">Meer informatie</a></p>';
    expect(html).toContain(
      `Voortgang: 40%</span></span></p>${more}<p class="meta">Volgende controle: 15 januari 2027</p><ul>`,
    );
    expect(html).toContain(
      '<details><summary>Onderliggende suggesties</summary><ul>' +
        `<li><a href="/voorstel/${shown.toHexString()}">Zoals gepubliceerd &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39;</a> <span class="badge badge-neutral">1 voorstem</span></li>` +
        '<li><em>Een suggestie die niet meer openbaar is</em></li>' +
        '<li><em>Een suggestie die niet meer openbaar is</em></li></ul></details>',
    );
    expect(html).toContain(
      '<details><summary>Verloop</summary><ol class="timeline">' +
        '<li><strong>5 november 2026</strong> — Overhandigd aan Minister &lt;EZ&gt; (versie 3)</li>' +
        '<li><strong>20 november 2026</strong> — In behandeling<div class="follow-up-note"><p>Overleg <strong>gestart</strong> &lt;script&gt;' +
        `alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39;</p></div>${more}</li></ol></details>` +
        '<details id="reacties-item-1" data-client-fold><summary>Discussie (1 reactie)</summary></details></li>',
    );
    expect(html).toContain('<summary>Discussie (3 reacties)</summary>');
    // Without a follow-up: no timeline.
    expect(html).toContain('<p>Tekst twee</p><details id="reacties-item-2" data-client-fold>');
  });

  it('speaks the list’s language', () => {
    const english = view();
    english.list.language = 'en';
    const html = listPageHtml(publishedListPage(english, reads({ followUps: [followUp('item-2', 10)] })));
    expect(html).toContain('<article lang="en">');
    expect(html).toContain('To: Ministerie');
    expect(html).toContain('Version 3, published on 5 November 2026');
    expect(html).toContain('In progress</span>');
    expect(html).toContain('0 open, 1 in progress, 0 done, 0 declined');
    expect(html).not.toContain('Voortgang');
  });

  it('turns Markdown into paragraphs, lists and emphasis', () => {
    expect(markdownHtml('# Kop\n\nEen *schuin* en `code`\nregel twee\n\n1. een\n2. twee')).toBe(
      '<p><strong>Kop</strong></p><p>Een <em>schuin</em> en <code>code</code>\nregel twee</p><ol><li>een</li><li>twee</li></ol>',
    );
  });

  it('keeps links to the web and to e-mail, and only the text of any other link or image', () => {
    expect(
      markdownHtml(
        'Zie [de **brief**](https://example.org/a_b__c_*d*?x=1&y="2") en [mail](mailto:a@b.nl "titel").\n' +
          '[klik](javascript:alert(1)) ![foto](https://example.org/f.png) [rel](/lijsten)',
      ),
    ).toBe(
      '<p>Zie <a href="https://example.org/a_b__c_*d*?x=1&amp;y=&quot;2&quot;" rel="ugc nofollow">de <strong>brief</strong></a>' +
        ' en <a href="mailto:a@b.nl" rel="ugc nofollow">mail</a>.\n' +
        'klik) foto rel</p>',
    );
  });

  it('puts the page inside the empty root element, taking $ literally', () => {
    expect(withRootContent('<body><div id="root"></div></body>', '<p>$& €5</p>')).toBe(
      '<body><div id="root"><p>$& €5</p></div></body>',
    );
  });
});

describe('withInlineStyles', () => {
  const index =
    '<head><link rel="icon" href="/favicon.svg" /><link rel="stylesheet" crossorigin href="/assets/index-abc.css"></head>';

  it('puts the stylesheet inline and keeps its link disabled', () => {
    expect(withInlineStyles(index, (href) => `/* ${href} */ body{margin:0}`)).toBe(
      '<head><link rel="icon" href="/favicon.svg" /><style>/* /assets/index-abc.css */ body{margin:0}</style>' +
        '<link rel="stylesheet" crossorigin href="/assets/index-abc.css" disabled></head>',
    );
  });

  it('leaves a stylesheet that would close the style element as a link', () => {
    expect(withInlineStyles(index, () => 'a{content:"</style>"}')).toBe(index);
  });
});
