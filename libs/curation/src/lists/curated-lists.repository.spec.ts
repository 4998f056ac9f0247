import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { startMediumModule } from '../../../../test/support/medium';
import { CurationModule } from '../curation.module';
import { type ListVersionRecord, versionId } from './curated-list.schema';
import { CuratedListsRepository } from './curated-lists.repository';

describe('CuratedListsRepository', () => {
  let moduleRef: TestingModule;
  let repository: CuratedListsRepository;
  const createdBy = new Types.ObjectId();
  const content = { title: 'Lijst', description: '', addressee: 'Minister', items: [] };

  function version(listId: Types.ObjectId, number: number): ListVersionRecord {
    return {
      _id: versionId(listId, number),
      listId,
      version: number,
      ...content,
      publishedAt: new Date(),
      publishedBy: createdBy,
    };
  }

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-curated-lists-repository', [CurationModule]);
    repository = moduleRef.get(CuratedListsRepository);
  });

  afterAll(() => moduleRef.close());

  it('keeps slugs unique and every version written once', async () => {
    const list = (await repository.insert({ slug: 'eerste', language: 'nl', draft: content, createdBy }))!;
    expect(list).toMatchObject({ slug: 'eerste', latestVersion: 0 });
    expect(await repository.insert({ slug: 'eerste', language: 'en', draft: content, createdBy })).toBeNull();
    expect(await repository.insertVersion(version(list._id, 2))).toBe(true);
    expect(await repository.insertVersion(version(list._id, 1))).toBe(true);
    expect(await repository.insertVersion({ ...version(list._id, 1), title: 'Anders' })).toBe(false);
    expect((await repository.findVersion(list._id, 1))?.title).toBe('Lijst');
    expect((await repository.versionsOf(list._id)).map((each) => each.version)).toEqual([1, 2]);
  });

  it('pages published lists apart from drafts, and finds lists by linked suggestion', async () => {
    const proposalId = new Types.ObjectId();
    const draft = (await repository.insert({ slug: 'concept', language: 'nl', draft: content, createdBy }))!;
    const published = (await repository.insert({
      slug: 'gepubliceerd',
      language: 'nl',
      draft: content,
      createdBy,
    }))!;
    await repository.update(published._id, {
      draft: null,
      latestVersion: 1,
      latestProposalIds: [proposalId],
    });
    expect((await repository.page(true, null, 10)).lists.map((list) => list.slug)).toEqual(['gepubliceerd']);
    expect((await repository.page(false, null, 10)).lists.map((list) => list.slug)).toEqual([
      'concept',
      'eerste',
    ]);
    expect((await repository.includingAny([proposalId])).map((list) => list.slug)).toEqual(['gepubliceerd']);
    expect((await repository.findBySlug('concept'))?._id.equals(draft._id)).toBe(true);
    expect(await repository.findById('geen-id')).toBeNull();
    expect((await repository.allVersions()).map((list) => list.latestVersion).sort()).toEqual([0, 0, 1]);
  });

  it('answers the content of open drafts only', async () => {
    const linked = new Types.ObjectId();
    const item = { id: 'item-1', title: 'Gebod', body: '', proposalIds: [linked] };
    await repository.insert({
      slug: 'open-concept',
      language: 'nl',
      draft: { ...content, title: 'Open concept', items: [item] },
      createdBy,
    });
    const drafts = await repository.openDrafts();
    expect(drafts.map((draft) => draft.title).sort()).toEqual(['Lijst', 'Lijst', 'Open concept']);
    const open = drafts.find((draft) => draft.title === 'Open concept');
    expect(open?.items[0]?.proposalIds.map(String)).toEqual([linked.toHexString()]);
  });
});
