import type { TestingModule } from '@nestjs/testing';
import { getModelToken } from '@nestjs/mongoose';
import { type Model, Types } from 'mongoose';
import { DocumentCaches } from '@app/database';
import { type User, Role } from '@app/accounts';
import { ForbiddenError, InvalidInputError, NotFoundError } from '@app/core';
import { createUser, startMediumModule, submitProposal } from '../../../../test/support/medium';
import { ProposalsModule } from '../proposals.module';
import { scoresOf } from '../ranking/scores';
import { ThemesService } from '../themes/themes.service';
import { VotesService } from '../votes/votes.service';
import { EDIT_VOTE_LIMIT, EDIT_WINDOW_MS } from './edit-window';
import { PROPOSAL_MODEL, type ProposalRecord } from './proposal.schema';
import { ProposalsService } from './proposals.service';

describe('ProposalsService', () => {
  let moduleRef: TestingModule;
  let service: ProposalsService;
  let author: User;
  let other: User;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-proposals-service', [ProposalsModule]);
    service = moduleRef.get(ProposalsService);
    [author, other] = await Promise.all([createUser(moduleRef), createUser(moduleRef)]);
  });

  afterAll(() => moduleRef.close());

  afterEach(() => jest.restoreAllMocks());

  it('stores a submission as published, with folded keywords, and refuses an unknown theme', async () => {
    const proposal = await submitProposal(moduleRef, author, 'Financiën van het MKB op orde');
    expect(proposal).toMatchObject({ status: 'PUBLISHED', upvotes: 0, downvotes: 0 });
    expect(proposal.keywords).toContain('financien');
    expect((await service.require(proposal._id.toHexString())).title).toBe('Financiën van het MKB op orde');
    await expect(
      service.submit(author, {
        title: 'Een thema dat niet bestaat',
        body: 'Deze tekst is lang genoeg om als voorstel te gelden.',
        themeId: new Types.ObjectId().toHexString(),
        language: 'nl',
      }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('imports a suggestion sent earlier with its own time, HOT score and keywords', async () => {
    const [theme] = await moduleRef.get(ThemesService).all();
    const sentAt = new Date(Date.now() - 20 * 86_400_000);
    const imported = await service.importSubmitted(
      author,
      {
        title: 'Energiebelasting voor het MKB omlaag',
        body: 'Kleine bedrijven betalen per kWh de meeste energiebelasting.',
        themeId: theme!._id.toHexString(),
        language: 'nl',
      },
      sentAt,
    );
    expect(imported).toMatchObject({ status: 'PUBLISHED', createdAt: sentAt, authorId: author._id });
    expect(imported.scores).toEqual({ ...scoresOf(0, 0, sentAt), pairwise: 0 });
    expect(imported.keywords).toContain('energiebelasting');
    const fresh = await submitProposal(moduleRef, author);
    expect(fresh.scores.hot).toBeGreaterThan(imported.scores.hot);
    await expect(
      service.importSubmitted(
        author,
        { title: 'Kort', body: 'Te kort', themeId: '', language: 'nl' },
        sentAt,
      ),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  describe('the edit window', () => {
    it('lets the author edit a young suggestion with few votes, and nobody else', async () => {
      const proposal = await submitProposal(moduleRef, author);
      const id = proposal._id.toHexString();
      const edited = await service.update(author, id, {
        title: 'Minder regels en belastingen voor ondernemers',
      });
      expect(edited.title).toBe('Minder regels en belastingen voor ondernemers');
      expect(edited.keywords).toContain('belastingen');
      await expect(service.update(other, id, { title: 'Iets heel anders' })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    });

    it(`closes at ${EDIT_VOTE_LIMIT} votes`, async () => {
      const proposal = await submitProposal(moduleRef, author);
      const id = proposal._id.toHexString();
      const votes = Array.from({ length: EDIT_VOTE_LIMIT }, (_, index) => ({
        proposalId: proposal._id,
        userId: new Types.ObjectId(),
        value: index % 2 === 0 ? (1 as const) : (-1 as const),
        sector: null,
      }));
      await moduleRef.get(VotesService).importVotes(votes.slice(1));
      await expect(service.update(author, id, { title: 'Nog net op tijd bewerkt' })).resolves.toBeDefined();
      await moduleRef.get(VotesService).importVotes(votes.slice(0, 1));
      await expect(service.update(author, id, { title: 'Te laat om te bewerken' })).rejects.toThrow(
        /can no longer be edited/,
      );
    });

    it('closes when the suggestion is seven days old', async () => {
      const proposal = await submitProposal(moduleRef, author);
      const id = proposal._id.toHexString();
      // Back-dated in the collection (createdAt is immutable through mongoose) rather than a
      // mocked clock: the database driver keeps its time with Date.now too.
      const submittedAgo = async (ms: number) => {
        await moduleRef
          .get<Model<ProposalRecord>>(getModelToken(PROPOSAL_MODEL))
          .collection.updateOne({ _id: proposal._id }, { $set: { createdAt: new Date(Date.now() - ms) } });
        moduleRef.get(DocumentCaches).clear();
      };
      await submittedAgo(EDIT_WINDOW_MS - 60_000);
      await expect(service.update(author, id, { title: 'Nog net op tijd bewerkt' })).resolves.toBeDefined();
      await submittedAgo(EDIT_WINDOW_MS);
      await expect(service.update(author, id, { title: 'Te laat om te bewerken' })).rejects.toThrow(
        /7 or more days ago/,
      );
    });

    it('closes when the suggestion is withdrawn', async () => {
      const proposal = await submitProposal(moduleRef, author);
      const id = proposal._id.toHexString();
      await service.withdraw(author, id, 'Dubbel ingediend');
      await expect(service.update(author, id, { title: 'Toch nog bewerken' })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    });
  });

  it('hides a withdrawn suggestion from everyone but its author and moderators', async () => {
    const moderator = await createUser(moduleRef, [Role.MODERATOR]);
    const proposal = await submitProposal(moduleRef, author);
    const id = proposal._id.toHexString();
    await expect(service.withdraw(other, id, 'Niet van mij')).rejects.toBeInstanceOf(ForbiddenError);
    const withdrawn = await service.withdraw(author, id, 'Dubbel ingediend');
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', statusReason: 'Dubbel ingediend' });
    await expect(service.requireVisible(other, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await service.findVisible(null, id)).toBeNull();
    expect((await service.findVisible(author, id))?.status).toBe('WITHDRAWN');
    expect((await service.findVisible(moderator, id))?.status).toBe('WITHDRAWN');
    await expect(
      service.list(other, { sort: 'NEWEST', filter: { status: 'WITHDRAWN' } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('lists published suggestions in the stored order, paged by cursor', async () => {
    const theme = (await submitProposal(moduleRef, author, 'Ranglijst voorstel nummer een')).themeId;
    const low = await submitProposal(moduleRef, author, 'Ranglijst voorstel nummer twee');
    const high = await submitProposal(moduleRef, author, 'Ranglijst voorstel nummer drie');
    const voters = [new Types.ObjectId(), new Types.ObjectId()];
    await moduleRef
      .get(VotesService)
      .importVotes([
        ...voters.map((userId) => ({ proposalId: high._id, userId, value: 1 as const, sector: 'ict' })),
        { proposalId: low._id, userId: voters[0]!, value: -1, sector: 'ict' },
      ]);
    const first = await service.list(null, {
      sort: 'TOP',
      filter: { themeId: theme.toHexString(), search: 'ranglijst' },
      first: 2,
    });
    expect(first.edges.map((edge) => edge.node.proposal.title)).toEqual([
      'Ranglijst voorstel nummer drie',
      'Ranglijst voorstel nummer een',
    ]);
    expect(first.totalCount).toBe(3);
    const next = await service.list(null, {
      sort: 'TOP',
      filter: { themeId: theme.toHexString(), search: 'ranglijst' },
      first: 2,
      after: first.pageInfo.endCursor,
    });
    expect(next.edges.map((edge) => edge.node.proposal._id.toHexString())).toEqual([low._id.toHexString()]);
  });

  it('answers every published suggestion of a filter, unpaged, and only published ones', async () => {
    const writer = await createUser(moduleRef);
    const kept = await submitProposal(moduleRef, writer, 'Alles in een keer gelezen');
    const withdrawn = await submitProposal(moduleRef, writer, 'Alles in een keer ingetrokken');
    await service.withdraw(writer, withdrawn._id.toHexString(), 'Niet meer nodig');
    const found = await service.allPublished({ authorId: writer._id.toHexString() });
    expect(found.map((proposal) => proposal._id.toHexString())).toEqual([kept._id.toHexString()]);
    await expect(service.allPublished({ status: 'HIDDEN' })).rejects.toMatchObject({
      field: 'filter.status',
    });
    await expect(service.allPublished({ themeId: 'geen-id' })).rejects.toMatchObject({
      reason: 'INVALID_ID',
    });
  });

  it('finds the suggestion about the same thing first, not those that share "Verlaag de lasten voor"', async () => {
    const themeId = (await submitProposal(moduleRef, other, 'Een ander onderwerp')).themeId.toHexString();
    const submit = (title: string, body: string) =>
      service.submit(other, { title, body, themeId, language: 'nl' });
    for (const sector of ['horeca', 'bouw', 'zzp', 'starters']) {
      await submit(
        `Verlaag de lasten voor ondernemers in de ${sector}`,
        `De lasten voor ondernemers in de ${sector} zijn te hoog; verlaag ze.`,
      );
    }
    // Shares two keywords with the text as written, against the others' three ("verlaag",
    // "lasten", "ondernemers"); the stems and the compound's parts make it the obvious match.
    const match = await submit(
      'Loondoorbetaling bij ziekte korter maken',
      'Twee jaar doorbetaling voor zieke werknemers is te veel voor een klein bedrijf.',
    );
    const similar = await service.similar(
      'Verlaag de lasten voor ondernemers met zieke werknemers: loon doorbetalen',
      5,
    );
    expect(similar[0]?.proposal._id.toHexString()).toBe(match._id.toHexString());
    expect(similar[0]?.score).toBeGreaterThan(similar[1]?.score ?? 1);
    expect(similar[0]?.score).toBeLessThanOrEqual(1);
  });
});
