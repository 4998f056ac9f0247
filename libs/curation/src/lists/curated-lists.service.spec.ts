import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { Role, type User } from '@app/accounts';
import { ConflictError, ForbiddenError, InvalidInputError } from '@app/core';
import { ProposalsService } from '@app/proposals';
import { createUser, publishList, startMediumModule, submitProposal } from '../../../../test/support/medium';
import { CurationModule } from '../curation.module';
import { FollowUpService } from '../follow-up/follow-up.service';
import { versionId } from './curated-list.schema';
import { CuratedListsRepository } from './curated-lists.repository';
import { CuratedListsService, MAX_ITEMS } from './curated-lists.service';

describe('CuratedListsService', () => {
  let moduleRef: TestingModule;
  let lists: CuratedListsService;
  let editor: User;
  let author: User;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-curated-lists-service', [CurationModule]);
    lists = moduleRef.get(CuratedListsService);
    [editor, author] = await Promise.all([createUser(moduleRef, [Role.EDITOR]), createUser(moduleRef)]);
  });

  afterAll(() => moduleRef.close());

  it('makes a slug from the title, once', async () => {
    const view = await lists.create(editor, {
      title: 'Financiën & Fiscaliteit',
      addressee: 'Minister',
      language: 'nl',
    });
    expect(view).toMatchObject({ status: 'DRAFT', version: 1, list: { slug: 'financien-fiscaliteit' } });
    await expect(
      lists.create(editor, { title: 'Financiën: fiscaliteit', addressee: 'Minister', language: 'nl' }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(lists.publish(editor, view.list._id.toHexString())).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });

  it('publishes a version that keeps the suggestions as they were, and revises it into the next', async () => {
    const proposal = await submitProposal(moduleRef, author, 'Een loket voor alle vergunningen');
    const v1 = await publishList(moduleRef, editor, [[proposal]], 'Lijst met versies');
    const id = v1.list._id.toHexString();
    const slug = v1.list.slug;
    expect(v1).toMatchObject({ status: 'PUBLISHED', version: 1 });
    expect(v1.snapshots?.map((snapshot) => snapshot.title)).toEqual(['Een loket voor alle vergunningen']);
    const itemId = v1.content.items[0]!.id;
    expect(await moduleRef.get(FollowUpService).findFollowUps([itemId])).toHaveLength(1);
    await expect(lists.updateDraft(id, { title: 'Zonder concept' })).rejects.toBeInstanceOf(ConflictError);

    await moduleRef
      .get(ProposalsService)
      .update(author, proposal._id.toHexString(), { title: 'Eén digitaal loket voor vergunningen' });
    const draft = await lists.revise(id);
    expect(draft).toMatchObject({ status: 'DRAFT', version: 2 });
    await lists.updateDraft(id, {
      items: [{ id: itemId, title: 'Gebod 1, herzien', proposalIds: [proposal._id.toHexString()] }],
    });
    const v2 = await lists.publish(editor, id);
    expect(v2.version).toBe(2);
    expect(v2.content.items[0]).toMatchObject({ id: itemId, title: 'Gebod 1, herzien' });
    expect(v2.snapshots?.[0]?.title).toBe('Eén digitaal loket voor vergunningen');

    const old = await lists.find(null, slug, 1, false);
    expect(old?.content.items[0]?.title).toBe('Gebod 1');
    expect(old?.snapshots?.[0]?.title).toBe('Een loket voor alle vergunningen');
    expect((await lists.find(null, slug, null, false))?.version).toBe(2);
    expect((await lists.versions(v2.list)).map((version) => version.version)).toEqual([1, 2]);
  });

  it('finds an item of the latest published version, and counts its comments', async () => {
    const proposal = await submitProposal(moduleRef, author, 'Vergunningen binnen acht weken');
    const v1 = await publishList(moduleRef, editor, [[proposal], []], 'Lijst met besproken punten');
    const id = v1.list._id.toHexString();
    const [kept, dropped] = v1.content.items.map((item) => item.id);
    expect(await lists.findPublishedItem(kept!)).toEqual({
      listId: v1.list._id,
      slug: v1.list.slug,
      itemId: kept,
      title: 'Gebod 1',
    });
    // Revised out of the list: no longer one of its published items.
    await lists.revise(id);
    await lists.updateDraft(id, { items: [{ id: kept, title: 'Gebod 1, herzien', proposalIds: [] }] });
    expect(await lists.findPublishedItem(dropped!)).not.toBeNull();
    await lists.publish(editor, id);
    expect(await lists.findPublishedItem(kept!)).toMatchObject({ title: 'Gebod 1, herzien' });
    expect(await lists.findPublishedItem(dropped!)).toBeNull();
    expect(await lists.findPublishedItem(new Types.ObjectId().toHexString())).toBeNull();

    expect(await lists.itemCommentCount(kept!)).toBe(0);
    await lists.setItemCommentCount(kept!, 4);
    expect(await lists.itemCommentCount(kept!)).toBe(4);
    expect(await lists.itemCommentCountLoader.for({}).loadMany([kept!, dropped!])).toEqual([4, 0]);
  });

  it('shows drafts to editors only', async () => {
    const { list } = await lists.create(editor, {
      title: 'Alleen een concept',
      addressee: 'Minister',
      language: 'nl',
    });
    expect(await lists.find(null, list.slug, null, false)).toBeNull();
    expect((await lists.find(editor, list.slug, null, false))?.status).toBe('DRAFT');
    await expect(lists.find(author, list.slug, null, true)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(lists.page(author, { status: 'DRAFT' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('appends draft items one at a time, each of ten concurrent additions kept', async () => {
    const proposal = await submitProposal(moduleRef, author, 'Minder papierwerk bij subsidies');
    const { list } = await lists.create(editor, {
      title: 'Lijst uit de werkbank',
      addressee: 'Minister',
      language: 'nl',
    });
    const id = list._id.toHexString();
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        lists.addDraftItem(id, { title: `Punt ${index + 1}`, proposalIds: [proposal._id.toHexString()] }),
      ),
    );
    const draft = (await lists.find(editor, list.slug, null, true))!.content;
    expect(draft.items.map((item) => item.title).sort()).toEqual(
      Array.from({ length: 10 }, (_, index) => `Punt ${index + 1}`).sort(),
    );
    expect(new Set(draft.items.map((item) => item.id)).size).toBe(10);
    expect(await lists.linkedInDrafts()).toContain(proposal._id.toHexString());
  });

  it('adds a draft item under the rules of the draft', async () => {
    const { list } = await lists.create(editor, {
      title: 'Volle lijst',
      addressee: 'Minister',
      language: 'nl',
    });
    const id = list._id.toHexString();
    await expect(async () => lists.addDraftItem(id, { title: 'X', proposalIds: [] })).rejects.toMatchObject({
      field: 'input.title',
      reason: 'TOO_SHORT',
    });
    await expect(
      lists.addDraftItem(id, { title: 'Onbekend', proposalIds: [new Types.ObjectId().toHexString()] }),
    ).rejects.toMatchObject({ field: 'input.items' });
    await lists.updateDraft(id, {
      items: Array.from({ length: MAX_ITEMS }, (_, index) => ({ title: `Punt ${index}`, proposalIds: [] })),
    });
    await expect(lists.addDraftItem(id, { title: 'Een te veel', proposalIds: [] })).rejects.toMatchObject({
      reason: 'TOO_MANY',
      params: { max: MAX_ITEMS },
    });
    const proposal = await submitProposal(moduleRef, author, 'Een gepubliceerde lijst');
    const published = await publishList(moduleRef, editor, [[proposal]], 'Al gepubliceerd');
    await expect(
      lists.addDraftItem(published.list._id.toHexString(), { title: 'Te laat', proposalIds: [] }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await lists.linkedInDrafts()).not.toContain(proposal._id.toHexString());
  });

  it('finishes a publication cut short after its version was written', async () => {
    const proposal = await submitProposal(moduleRef, author);
    const { list } = await lists.create(editor, {
      title: 'Onderbroken lijst',
      addressee: 'Minister',
      language: 'nl',
    });
    await lists.updateDraft(list._id.toHexString(), {
      items: [{ title: 'Het enige gebod', proposalIds: [proposal._id.toHexString()] }],
    });
    const draft = (await lists.find(editor, list.slug, null, true))!.content;
    // What publish writes first, and then nothing else (the process stopped).
    await moduleRef.get(CuratedListsRepository).insertVersion({
      _id: versionId(list._id, 1),
      listId: list._id,
      version: 1,
      ...draft,
      suggestions: [],
      publishedAt: new Date(),
      publishedBy: editor._id,
    });
    expect(await lists.finishInterruptedPublications()).toBe(1);
    expect(await lists.find(null, list.slug, null, false)).toMatchObject({ status: 'PUBLISHED', version: 1 });
    expect(await moduleRef.get(FollowUpService).findFollowUps([draft.items[0]!.id])).toHaveLength(1);
    expect(await lists.finishInterruptedPublications()).toBe(0);
    const [included] = await lists.includedInLoader.for({}).load(proposal._id.toHexString());
    expect(included?.list.slug).toBe(list.slug);
  });
});
