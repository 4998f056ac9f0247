import { getModelToken } from '@nestjs/mongoose';
import type { TestingModule } from '@nestjs/testing';
import type { Model } from 'mongoose';
import type { User } from '@app/accounts';
import { Role } from '@app/accounts';
import { CuratedListsService } from '@app/curation';
import {
  type ClusterableText,
  type ProposalRecord,
  ProposalsService,
  type TextClustering,
  VotesService,
} from '@app/proposals';
import { createUser, startMediumModule, submitProposal } from '../../../../test/support/medium';
import { WorkbenchModule } from '../workbench.module';
import { ProposalClustersService } from './proposal-clusters.service';
import { TextClusterer } from './text-clusterer';

/**
 * A clustering a test can predict: suggestions whose titles start with the same word form a
 * cluster, in title order; its keywords are the words of their titles. It takes a little while,
 * as the real one does, so concurrent requests overlap.
 */
async function byFirstTitleWord(texts: readonly ClusterableText[]): Promise<TextClustering> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  const groups = new Map<string, ClusterableText[]>();
  for (const text of [...texts].sort((a, b) => a.title.localeCompare(b.title))) {
    const word = text.title.split(' ')[0]!.toLowerCase();
    groups.set(word, [...(groups.get(word) ?? []), text]);
  }
  const clusters = [...groups.entries()]
    .filter(([, members]) => members.length > 1)
    .map(([word, members]) => ({
      memberIds: members.map((member) => member.id),
      label: word,
      keywords: [...new Set(members.flatMap((member) => member.title.toLowerCase().split(' ')))],
    }));
  const unclustered = [...groups.values()]
    .filter((members) => members.length === 1)
    .map(([only]) => only!.id);
  return { clusters, unclustered };
}

describe('ProposalClustersService', () => {
  let moduleRef: TestingModule;
  let service: ProposalClustersService;
  let clustering: jest.SpyInstance;
  let editor: User;

  const idOf = (proposal: ProposalRecord): string => proposal._id.toHexString();
  const byAuthor = (author: User) => ({ authorId: author._id.toHexString() });

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-proposal-clusters', [WorkbenchModule]);
    service = moduleRef.get(ProposalClustersService);
    editor = await createUser(moduleRef, [Role.EDITOR]);
  });

  beforeEach(() => {
    clustering = jest.spyOn(moduleRef.get(TextClusterer), 'cluster').mockImplementation(byFirstTitleWord);
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(() => moduleRef.close());

  it('sums support per cluster: distinct supporters, votes, sectors and links in drafts', async () => {
    const author = await createUser(moduleRef);
    const [sun1, sun2, sun3, wind1, wind2, loner] = await Promise.all(
      [
        'Zonnepanelen op elk bedrijfsdak',
        'Zonnepanelen zonder vergunning',
        'Zonnepanelen met subsidie',
        'Windmolens bij bedrijventerreinen',
        'Windmolens dichter bij huis',
        'Een loket voor vergunningen',
      ].map((title) => submitProposal(moduleRef, author, title)),
    );
    const voters = await Promise.all([1, 2, 3, 4].map(() => createUser(moduleRef)));
    const votes = moduleRef.get(VotesService);
    // voters[0] supports two suggestions of one cluster: one supporter, two upvotes.
    await votes.cast(voters[0]!, idOf(sun1!), 'UP');
    await votes.cast(voters[0]!, idOf(sun2!), 'UP');
    await votes.cast(voters[1]!, idOf(sun1!), 'UP');
    await votes.cast(voters[2]!, idOf(sun3!), 'DOWN');
    await votes.cast(voters[3]!, idOf(wind1!), 'UP');
    await votes.cast(voters[3]!, idOf(loner!), 'UP');
    const voteModel = moduleRef.get<Model<{ _id: string; sector: string | null }>>(getModelToken('Vote'));
    await voteModel.updateOne({ _id: `${idOf(sun1!)}:${voters[1]!._id.toHexString()}` }, { sector: 'bouw' });
    const lists = moduleRef.get(CuratedListsService);
    const { list } = await lists.create(editor, {
      title: 'Werkbanklijst',
      addressee: 'Minister',
      language: 'nl',
    });
    await lists.addDraftItem(list._id.toHexString(), { title: 'Wind', proposalIds: [idOf(wind2!)] });

    const view = await service.clusters(byAuthor(author));
    expect(view.proposalCount).toBe(6);
    expect(view.clusters.map((cluster) => cluster.label)).toEqual(['zonnepanelen', 'windmolens']);
    const [sun, wind] = view.clusters;
    expect(sun).toMatchObject({ supporters: 2, upvotes: 3, downvotes: 1, linkedProposalIds: [] });
    expect(sun!.proposals.map(idOf)).toEqual([sun3, sun1, sun2].map((p) => idOf(p!)));
    expect(sun!.sectors).toEqual([
      { sector: 'anders', up: 2, down: 1 },
      { sector: 'bouw', up: 1, down: 0 },
    ]);
    expect(wind).toMatchObject({
      supporters: 1,
      upvotes: 1,
      downvotes: 0,
      linkedProposalIds: [idOf(wind2!)],
    });
    expect(view.unclustered.map(idOf)).toEqual([idOf(loner!)]);
  });

  it('orders clusters by supporters, then upvotes, then size', async () => {
    const author = await createUser(moduleRef);
    const submitted = new Map<string, ProposalRecord>();
    for (const title of ['Alfa 1', 'Alfa 2', 'Alfa 3', 'Beta 1', 'Beta 2', 'Gamma 1', 'Gamma 2']) {
      submitted.set(title, await submitProposal(moduleRef, author, title));
    }
    for (const title of ['Delta 1', 'Delta 2', 'Delta 3', 'Epsilon 1', 'Epsilon 2']) {
      submitted.set(title, await submitProposal(moduleRef, author, title));
    }
    const [first, second] = await Promise.all([createUser(moduleRef), createUser(moduleRef)]);
    const votes = moduleRef.get(VotesService);
    const up = (voter: User, title: string) => votes.cast(voter, idOf(submitted.get(title)!), 'UP');
    await up(first, 'Epsilon 1');
    await up(second, 'Epsilon 2');
    await up(first, 'Beta 1');
    await up(first, 'Beta 2');
    await up(second, 'Alfa 1');
    const view = await service.clusters(byAuthor(author));
    expect(view.clusters.map((cluster) => [cluster.label, cluster.supporters, cluster.upvotes])).toEqual([
      ['epsilon', 2, 2],
      ['beta', 1, 2],
      ['alfa', 1, 1],
      ['delta', 0, 0],
      ['gamma', 0, 0],
    ]);
  });

  it('keeps a clustering until the suggestions change, and its cluster ids with its members', async () => {
    const author = await createUser(moduleRef);
    const proposals = moduleRef.get(ProposalsService);
    await Promise.all(
      ['Kinderopvang betaalbaar', 'Kinderopvang dichtbij', 'Parkeren goedkoper', 'Parkeren dichtbij'].map(
        (title) => submitProposal(moduleRef, author, title),
      ),
    );
    const first = await service.clusters(byAuthor(author));
    const again = await service.clusters(byAuthor(author));
    expect(clustering).toHaveBeenCalledTimes(1);
    expect(again.computedAt).toEqual(first.computedAt);
    const voter = await createUser(moduleRef);
    await moduleRef.get(VotesService).cast(voter, idOf(first.clusters[0]!.proposals[0]!), 'UP');
    expect((await service.clusters(byAuthor(author))).clusters[0]!.supporters).toBe(1);
    expect(clustering).toHaveBeenCalledTimes(1);

    await service.clusters(byAuthor(author), 0.9);
    expect(clustering).toHaveBeenCalledTimes(2);

    const added = await submitProposal(moduleRef, author, 'Kinderopvang ook in de avond');
    const afterSubmit = await service.clusters(byAuthor(author));
    expect(clustering).toHaveBeenCalledTimes(3);
    const parking = (view: typeof first) => view.clusters.find((cluster) => cluster.label === 'parkeren')!;
    const childcare = (view: typeof first) =>
      view.clusters.find((cluster) => cluster.label === 'kinderopvang')!;
    expect(childcare(afterSubmit).proposals.map(idOf)).toContain(idOf(added));
    expect(parking(afterSubmit).id).toBe(parking(first).id);
    expect(childcare(afterSubmit).id).not.toBe(childcare(first).id);

    await proposals.withdraw(author, idOf(added), 'Dubbel ingediend');
    const afterWithdrawal = await service.clusters(byAuthor(author));
    expect(clustering).toHaveBeenCalledTimes(4);
    expect(childcare(afterWithdrawal).proposals.map(idOf)).not.toContain(idOf(added));
    expect(childcare(afterWithdrawal).id).toBe(childcare(first).id);
  });

  it('computes one clustering for concurrent identical requests', async () => {
    const author = await createUser(moduleRef);
    await Promise.all(
      ['Belasting eenvoudiger', 'Belasting lager'].map((title) => submitProposal(moduleRef, author, title)),
    );
    const views = await Promise.all(Array.from({ length: 5 }, () => service.clusters(byAuthor(author))));
    expect(clustering).toHaveBeenCalledTimes(1);
    expect(new Set(views.map((view) => view.clusters[0]!.id)).size).toBe(1);
  });

  it('never shows a word of a withdrawn suggestion', async () => {
    const author = await createUser(moduleRef);
    await Promise.all(
      ['Vergunningen sneller', 'Vergunningen digitaal'].map((title) =>
        submitProposal(moduleRef, author, title),
      ),
    );
    const secret = await submitProposal(moduleRef, author, 'Vergunningen zwijgplichtgeheim');
    await moduleRef.get(ProposalsService).withdraw(author, idOf(secret), 'Toch niet');
    const view = await service.clusters(byAuthor(author));
    expect(view.clusters).toHaveLength(1);
    expect(JSON.stringify(view)).not.toMatch(/zwijgplichtgeheim/i);
    expect(view.proposalCount).toBe(2);
  });

  it('refuses a granularity outside 0 to 1 and a status other than published', async () => {
    await expect(service.clusters(null, 1.5)).rejects.toMatchObject({
      field: 'granularity',
      reason: 'TOO_LARGE',
    });
    await expect(service.clusters(null, -0.1)).rejects.toMatchObject({
      field: 'granularity',
      reason: 'TOO_SMALL',
    });
    await expect(service.clusters({ status: 'HIDDEN' })).rejects.toMatchObject({ field: 'filter.status' });
    expect(clustering).not.toHaveBeenCalled();
  });
});
