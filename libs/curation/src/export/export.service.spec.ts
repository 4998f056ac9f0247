import { getModelToken } from '@nestjs/mongoose';
import type { TestingModule } from '@nestjs/testing';
import type { Model } from 'mongoose';
import { Role, type User } from '@app/accounts';
import { type ProposalRecord, ProposalsService, VotesService } from '@app/proposals';
import { createUser, publishList, startMediumModule, submitProposal } from '../../../../test/support/medium';
import { CurationModule } from '../curation.module';
import { CuratedListsService } from '../lists/curated-lists.service';
import { ExportService } from './export.service';

describe('ExportService', () => {
  let moduleRef: TestingModule;
  let exports: ExportService;
  let editor: User;
  let author: User;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-export-service', [CurationModule]);
    exports = moduleRef.get(ExportService);
    [editor, author] = await Promise.all([
      createUser(moduleRef, [Role.EDITOR]),
      createUser(moduleRef, [], 'Auteur van voorstellen'),
    ]);
  });

  afterAll(() => moduleRef.close());

  it('exports a published version with counts and follow-up, and withholds a withdrawn suggestion', async () => {
    const kept = await submitProposal(moduleRef, author, 'Voorstel dat blijft staan');
    const withdrawn = await submitProposal(moduleRef, author, 'Voorstel dat wordt ingetrokken');
    await moduleRef.get(VotesService).cast(editor, kept._id.toHexString(), 'UP');
    const view = await publishList(moduleRef, editor, [[kept, withdrawn]], 'Lijst voor de export');
    await moduleRef.get(ProposalsService).withdraw(author, withdrawn._id.toHexString(), 'Niet meer nodig');
    const exported = await exports.list(view.list.slug, null);
    expect(exported).toMatchObject({ slug: view.list.slug, version: 1, addressee: 'Minister van Financiën' });
    const [item] = exported!.items;
    expect(item!.proposals).toEqual([
      {
        id: kept._id.toHexString(),
        title: 'Voorstel dat blijft staan',
        withheld: false,
        upvotes: 1,
        downvotes: 0,
      },
      { id: withdrawn._id.toHexString(), title: null, withheld: true, upvotes: null, downvotes: null },
    ]);
    expect(item!.followUp).toMatchObject({ status: 'Overhandigd', kind: 'OPEN', progress: 0 });
    expect(item!.followUp!.events).toHaveLength(1);
  });

  it('exports nothing of a list that was never published', async () => {
    const { list } = await moduleRef
      .get(CuratedListsService)
      .create(editor, { title: 'Nog niet gepubliceerd', addressee: 'Minister', language: 'nl' });
    expect(await exports.list(list.slug, null)).toBeNull();
    expect(await exports.list('bestaat-niet', null)).toBeNull();
  });

  it('exports every published suggestion, and only those, with its theme, author and comment counts', async () => {
    // The counters as CommentsService keeps them (the comments are the truth, see libs/discussion).
    await moduleRef
      .get<Model<ProposalRecord>>(getModelToken('Proposal'))
      .updateOne(
        { title: 'Voorstel dat blijft staan' },
        { $set: { comments: { total: 3, inFavor: 2, against: 1 } } },
      )
      .exec();
    const hidden = await submitProposal(moduleRef, author, 'Voorstel dat is ingetrokken');
    await moduleRef.get(ProposalsService).withdraw(author, hidden._id.toHexString(), 'Ingetrokken');
    const rows = [];
    for await (const row of exports.proposals()) rows.push(row);
    // Of this file's suggestions, the one of the first test is the only one still published.
    expect(rows.map((row) => row.title)).toEqual(['Voorstel dat blijft staan']);
    expect(rows[0]).toMatchObject({
      author: 'Auteur van voorstellen',
      theme: 'Energie en grondstoffen',
      upvotes: 1,
      commentCount: 3,
      commentsInFavor: 2,
      commentsAgainst: 1,
    });
  });
});
