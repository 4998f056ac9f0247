import type { TestingModule } from '@nestjs/testing';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { Role, type User } from '@app/accounts';
import { InMemoryAccelerators } from '@app/database';
import { createUser, startMediumModule } from '../../../../test/support/medium';
import { joinSilentPeer } from '../../../../test/support/peer';
import { waitFor } from '../../../../test/support/processes';
import { ModerationService } from '../moderation/moderation.service';
import { ProposalsModule } from '../proposals.module';
import { RankingIndex } from '../ranking/ranking-index';
import { ThemesService } from '../themes/themes.service';
import { VotesService } from '../votes/votes.service';
import { PROPOSAL_MODEL, type ProposalRecord } from './proposal.schema';
import { type ProposalListArgs, ProposalsService } from './proposals.service';

/**
 * filter.search and similarProposals answered from the ranking index compared with the database
 * path on the same data: the database path is the one the API takes when another process shares
 * the database without the change bus, so a (made-up) peer turns the index off here.
 */
describe('keyword search and similar suggestions: index and database alike', () => {
  let moduleRef: TestingModule;
  let service: ProposalsService;
  let moderation: ModerationService;
  let index: RankingIndex;
  let accelerators: InMemoryAccelerators;
  let author: User;
  let otherAuthor: User;
  let moderator: User;
  let themeId: string;

  /** What the list and "did you mean" answer for each case, page by page. */
  interface Case {
    viewer: () => User | null;
    args: () => ProposalListArgs;
  }

  const submit = (by: User, title: string, body: string): Promise<ProposalRecord> =>
    service.submit(by, { title, body, themeId, language: 'nl' });

  /** Every page of a list, following the cursors, as ids with their scores and the total. */
  async function walk(viewer: User | null, args: ProposalListArgs): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages += 1) {
      const connection = await service.list(viewer, { ...args, first: 2, after });
      if (pages === 0) seen.push(`total ${connection.totalCount}`);
      seen.push(...connection.edges.map((edge) => `${edge.node.proposal.title} (${edge.node.score})`));
      if (!connection.pageInfo.hasNextPage) return seen;
      after = connection.pageInfo.endCursor;
    }
    throw new Error('more than 50 pages');
  }

  const cases: Record<string, Case> = {
    'a Dutch word with a diaeresis, typed without it': {
      viewer: () => null,
      args: () => ({ sort: 'TOP', filter: { search: 'financien' } }),
    },
    'the same word typed with capitals and accents': {
      viewer: () => null,
      args: () => ({ sort: 'NEWEST', filter: { search: 'FINANCIËN' } }),
    },
    'an English word with an accent': {
      viewer: () => null,
      args: () => ({ sort: 'HOT', filter: { search: 'café' } }),
    },
    'two words, both required': {
      viewer: () => null,
      args: () => ({ sort: 'TOP', filter: { search: 'groene daken' } }),
    },
    'two words in a theme, by consensus': {
      viewer: () => null,
      args: () => ({ sort: 'CONSENSUS', filter: { search: 'Groene, daken!', themeId } }),
    },
    'stop words only: no keyword filter': {
      viewer: () => null,
      args: () => ({ sort: 'NEWEST', filter: { search: 'de het the' } }),
    },
    'a word nobody used': {
      viewer: () => null,
      args: () => ({ sort: 'TOP', filter: { search: 'zeppelin' } }),
    },
    'a word and a word nobody used': {
      viewer: () => null,
      args: () => ({ sort: 'TOP', filter: { search: 'groene zeppelin' } }),
    },
    'the seeded shuffle': {
      viewer: () => null,
      args: () => ({ sort: 'RANDOM', seed: 7, filter: { search: 'groene' } }),
    },
    'hidden ones, for a moderator': {
      viewer: () => moderator,
      args: () => ({ sort: 'TOP', filter: { search: 'financiën', status: 'HIDDEN' } }),
    },
    "the author's own withdrawn ones": {
      viewer: () => author,
      args: () => ({
        sort: 'CONTROVERSIAL',
        filter: { search: 'groene', status: 'WITHDRAWN', authorId: author._id.toHexString() },
      }),
    },
  };

  const similarTexts = [
    'Groene daken op alle bedrijfspanden, met subsidie voor de financiën',
    'Een café mag zonder vergunning een terras openen',
    'zeppelin',
    'de het een',
  ];

  async function answers(): Promise<Record<string, string[]>> {
    const found: Record<string, string[]> = {};
    for (const [name, { viewer, args }] of Object.entries(cases)) found[name] = await walk(viewer(), args());
    for (const text of similarTexts) {
      found[`similar: ${text}`] = (await service.similar(text, 10)).map(
        ({ proposal, score }) => `${proposal.title} (${score.toFixed(6)})`,
      );
    }
    return found;
  }

  /** The answers of `run` while a process shares the database without the change bus. */
  async function withDatabasePath<T>(run: () => Promise<T>): Promise<T> {
    const peer = await joinSilentPeer(moduleRef.get<Model<ProposalRecord>>(getModelToken(PROPOSAL_MODEL)).db);
    try {
      await waitFor('the index off', () => !accelerators.on && !index.ready, 10_000);
      const result = await run();
      expect(accelerators.on).toBe(false);
      return result;
    } finally {
      await peer.leave();
      await waitFor('the index back', () => accelerators.on && index.ready, 10_000);
    }
  }

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-keyword-search', [ProposalsModule]);
    service = moduleRef.get(ProposalsService);
    moderation = moduleRef.get(ModerationService);
    index = moduleRef.get(RankingIndex);
    accelerators = moduleRef.get(InMemoryAccelerators);
    [author, otherAuthor, moderator] = await Promise.all([
      createUser(moduleRef),
      createUser(moduleRef),
      createUser(moduleRef, [Role.MODERATOR]),
    ]);
    const [theme] = await moduleRef.get(ThemesService).all();
    themeId = theme!._id.toHexString();
    await waitFor('the index built', () => index.ready, 10_000);

    const votes = moduleRef.get(VotesService);
    const made = [
      await submit(
        author,
        'Groene daken voor alle bedrijven',
        'Subsidie voor groene daken op bedrijfspanden.',
      ),
      await submit(
        otherAuthor,
        'Groene daken en de financiën',
        'Financiën van de gemeente voor groene daken.',
      ),
      await submit(author, 'Financien van zzp-ers op orde', 'Een loket voor de FINANCIEN van zelfstandigen.'),
      await submit(otherAuthor, 'Een café zonder vergunning', 'A cafe may open a terrace without a permit.'),
      await submit(author, 'Cafés en terrassen', 'Minder regels voor het café op de hoek.'),
      await submit(otherAuthor, 'Groene stroom voor scholen', 'Zonnepanelen op elk schooldak, daken vol.'),
      await submit(author, 'Daken van woningen isoleren', 'Groene subsidie voor daken van huurwoningen.'),
      await submit(otherAuthor, 'Financiën van de zorg', 'De financiën van de zorg eerlijker verdelen.'),
      await submit(author, 'Groene daken, tweede idee', 'Nog meer groene daken, teruggetrokken.'),
    ];
    const idOf = (title: string) => made.find((proposal) => proposal.title === title)!._id.toHexString();
    await moderation.hide(moderator, idOf('Financiën van de zorg'), 'Dubbel ingediend.');
    await moderation.hide(moderator, idOf('Groene stroom voor scholen'), 'Reclame.');
    await service.withdraw(author, idOf('Groene daken, tweede idee'), 'Toch niet.');
    // Votes spread the scores, with ties (broken by id) left in.
    for (const [title, up] of [
      ['Groene daken voor alle bedrijven', 2],
      ['Groene daken en de financiën', 2],
      ['Een café zonder vergunning', 1],
    ] as const) {
      for (let voter = 0; voter < up; voter += 1) {
        await votes.cast(await createUser(moduleRef), idOf(title), 'UP');
      }
    }
  }, 60_000);

  afterAll(() => moduleRef.close());

  it('answers every case from the index as the database answers it', async () => {
    expect(accelerators.on && index.ready).toBe(true);
    const fromIndex = await answers();
    const fromDatabase = await withDatabasePath(answers);
    expect(fromIndex).toEqual(fromDatabase);
    // The cases select what they say, so an empty answer on both paths cannot pass unnoticed.
    expect(fromIndex['a Dutch word with a diaeresis, typed without it']).toEqual([
      'total 2',
      'Groene daken en de financiën (2)',
      'Financien van zzp-ers op orde (0)',
    ]);
    expect(fromIndex['the same word typed with capitals and accents']).toHaveLength(3);
    // Equal scores: the newer first, as the database breaks ties by _id.
    expect(fromIndex['two words, both required']).toEqual([
      'total 3',
      'Groene daken en de financiën (2)',
      'Groene daken voor alle bedrijven (2)',
      'Daken van woningen isoleren (0)',
    ]);
    expect(fromIndex['a word nobody used']).toEqual(['total 0']);
    expect(fromIndex['hidden ones, for a moderator']).toEqual(['total 1', 'Financiën van de zorg (0)']);
    expect(fromIndex["the author's own withdrawn ones"]).toEqual([
      'total 1',
      'Groene daken, tweede idee (0)',
    ]);
    expect(fromIndex['similar: Een café mag zonder vergunning een terras openen']?.[0]).toMatch(
      /^Een café zonder vergunning/,
    );
    expect(fromIndex['similar: zeppelin']).toEqual([]);
  }, 60_000);

  it('stays consistent while suggestions are written, edited and hidden during searches and a rebuild', async () => {
    let writing = true;
    const searched: string[] = [];
    const search = async (): Promise<void> => {
      while (writing) {
        await new Promise((resolve) => setImmediate(resolve));
        const connection = await service.list(null, {
          sort: 'TOP',
          filter: { search: 'groene daken' },
          first: 50,
        });
        for (const { node } of connection.edges) {
          // Whatever was written meanwhile, an answer holds only what the query selects.
          expect(node.proposal.status).toBe('PUBLISHED');
          expect(node.proposal.keywords).toEqual(expect.arrayContaining(['groene', 'daken']));
          searched.push(node.proposal._id.toHexString());
        }
        for (const { proposal } of await service.similar('groene daken voor iedereen', 10)) {
          expect(proposal.status).toBe('PUBLISHED');
        }
      }
    };
    const write = async (): Promise<void> => {
      try {
        for (let round = 0; round < 8; round += 1) {
          const fresh = await submit(author, `Groene daken, ronde ${round}`, 'Meer groene daken in de stad.');
          const id = fresh._id.toHexString();
          if (round % 3 === 0) await moderation.hide(moderator, id, 'Dubbel ingediend.');
          if (round % 3 === 1)
            await service.update(author, id, {
              title: `Blauwe daken, ronde ${round}`,
              body: 'Water vasthouden op het dak van elk huis.',
            });
          if (round === 4) await index.rebuild();
        }
      } finally {
        writing = false;
      }
    };
    await Promise.all([write(), search(), search()]);
    expect(searched.length).toBeGreaterThan(0);

    const fromIndex = await answers();
    expect(fromIndex['two words, both required']).toEqual(
      expect.arrayContaining(['Groene daken, ronde 2 (0)', 'Groene daken, ronde 5 (0)']),
    );
    expect(fromIndex['two words, both required']).not.toEqual(
      expect.arrayContaining(['Groene daken, ronde 0 (0)']),
    );
    expect(fromIndex).toEqual(await withDatabasePath(answers));
  }, 60_000);
});
