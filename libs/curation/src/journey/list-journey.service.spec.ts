import type { TestingModule } from '@nestjs/testing';
import { Role, type User } from '@app/accounts';
import { sortJourney } from '@app/proposals';
import { createUser, publishList, startMediumModule, submitProposal } from '../../../../test/support/medium';
import { CurationModule } from '../curation.module';
import { FollowUpService } from '../follow-up/follow-up.service';
import { CuratedListsService } from '../lists/curated-lists.service';
import { ListJourneyService } from './list-journey.service';

describe('ListJourneyService', () => {
  let moduleRef: TestingModule;
  let journeys: ListJourneyService;
  let lists: CuratedListsService;
  let liaison: User;
  let editor: User;
  let author: User;

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-list-journey', [CurationModule]);
    journeys = moduleRef.get(ListJourneyService);
    lists = moduleRef.get(CuratedListsService);
    [liaison, editor, author] = await Promise.all([
      createUser(moduleRef, [Role.LIAISON]),
      createUser(moduleRef, [Role.EDITOR]),
      createUser(moduleRef),
    ]);
  });

  afterAll(() => moduleRef.close());

  it('tells the item, its hand-over and its follow-up, and a new position in a later version', async () => {
    const [first, second] = [
      await submitProposal(moduleRef, author),
      await submitProposal(moduleRef, author),
    ];
    const v1 = await publishList(moduleRef, editor, [[first], [second]], 'Reis van een suggestie');
    const listId = v1.list._id.toHexString();
    const [itemOne, itemTwo] = v1.content.items;
    const review = new Date('2030-01-15T00:00:00Z');
    await moduleRef.get(FollowUpService).record(liaison, {
      itemId: itemTwo!.id,
      statusKey: 'in-talks',
      progress: 30,
      note: 'Gesprek met **de minister**',
      link: 'https://example.org/verslag',
      nextReviewAt: review,
    });
    // Version 2 puts the second item first.
    await lists.revise(listId);
    await lists.updateDraft(listId, {
      items: [
        { id: itemTwo!.id, title: itemTwo!.title, proposalIds: [second._id.toHexString()] },
        { id: itemOne!.id, title: itemOne!.title, proposalIds: [first._id.toHexString()] },
      ],
    });
    await lists.publish(editor, listId);

    const steps = sortJourney((await journeys.stepsOf([second._id.toHexString()]))[0]!);
    expect(steps.map((step) => [step.kind, step.version, step.position])).toEqual([
      ['LINKED_TO_LIST', 1, 2],
      ['HANDED_OVER', 1, 1],
      ['FOLLOW_UP', null, 1],
      ['LINKED_TO_LIST', 2, 1],
    ]);
    expect(steps[1]).toMatchObject({
      addressee: 'Minister van Financiën',
      statusKey: 'handed-over',
      note: null,
      nextReviewAt: null,
    });
    expect(steps[2]).toMatchObject({
      listSlug: v1.list.slug,
      itemId: itemTwo!.id,
      statusKey: 'in-talks',
      progress: 30,
      note: 'Gesprek met **de minister**',
      link: 'https://example.org/verslag',
      nextReviewAt: review,
    });
  });

  it('tells nothing of a draft that links a suggestion', async () => {
    const proposal = await submitProposal(moduleRef, author);
    const { list } = await lists.create(editor, {
      title: 'Nog een concept',
      addressee: 'Kabinet',
      language: 'nl',
    });
    await lists.updateDraft(list._id.toHexString(), {
      items: [{ title: 'Concept', proposalIds: [proposal._id.toHexString()] }],
    });
    expect(await journeys.stepsOf([proposal._id.toHexString()])).toEqual([[]]);
  });
});
