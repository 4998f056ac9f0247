import type { TestingModule } from '@nestjs/testing';
import { Role, type User } from '@app/accounts';
import { ConflictError, ForbiddenError, InvalidInputError } from '@app/core';
import { createUser, startMediumModule, submitProposal } from '../../../../test/support/medium';
import { ProposalsModule } from '../proposals.module';
import { ProposalsService } from '../proposals/proposals.service';
import { VotesRepository } from '../votes/votes.repository';
import { VotesService } from '../votes/votes.service';
import { AUTO_HIDE_FLAGS, ModerationService } from './moderation.service';

describe('ModerationService', () => {
  let moduleRef: TestingModule;
  let moderation: ModerationService;
  let proposals: ProposalsService;
  let author: User;
  let moderator: User;
  let members: User[];

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-moderation-service', [ProposalsModule]);
    moderation = moduleRef.get(ModerationService);
    proposals = moduleRef.get(ProposalsService);
    [author, moderator, ...members] = await Promise.all([
      createUser(moduleRef),
      createUser(moduleRef, [Role.MODERATOR]),
      ...Array.from({ length: AUTO_HIDE_FLAGS + 1 }, () => createUser(moduleRef)),
    ]);
  });

  afterAll(() => moduleRef.close());

  it(`hides a suggestion at ${AUTO_HIDE_FLAGS} flags from different members, and records it`, async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    for (const member of members.slice(0, AUTO_HIDE_FLAGS - 1)) {
      await moderation.flag(member, id, 'Geen voorstel');
    }
    expect(await proposals.require(id)).toMatchObject({
      status: 'PUBLISHED',
      flagCount: AUTO_HIDE_FLAGS - 1,
    });
    await expect(moderation.flag(members[0]!, id, 'Nog een keer')).rejects.toBeInstanceOf(ConflictError);
    await moderation.flag(members[AUTO_HIDE_FLAGS - 1]!, id, 'Geen voorstel');
    expect(await proposals.require(id)).toMatchObject({ status: 'HIDDEN', flagCount: AUTO_HIDE_FLAGS });
    const log = await moderation.auditLog({ first: 50 });
    expect(log.edges.map((edge) => [edge.node.action, edge.node.proposalId?.toHexString()])).toContainEqual([
      'AUTO_HIDE',
      id,
    ]);
  });

  it('does not hide again by flags once a moderator unhid it', async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    await moderation.hide(moderator, id, 'Even nakijken');
    expect((await moderation.unhide(moderator, id)).status).toBe('PUBLISHED');
    for (const member of members) {
      await moderation.flag(member, id, 'Geen voorstel');
    }
    expect(await proposals.require(id)).toMatchObject({ status: 'PUBLISHED', flagCount: members.length });
    await expect(moderation.unhide(moderator, id)).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses a flag by the author', async () => {
    const id = (await submitProposal(moduleRef, author))._id.toHexString();
    await expect(moderation.flag(author, id, 'Eigen voorstel')).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('merges a duplicate: its votes move to the target, where a voter keeps one vote', async () => {
    const [both, onlySource] = members;
    const targetAuthor = members[2]!;
    const source = (await submitProposal(moduleRef, author))._id.toHexString();
    const target = (await submitProposal(moduleRef, targetAuthor))._id.toHexString();
    const votes = moduleRef.get(VotesService);
    await votes.cast(both!, source, 'DOWN');
    await votes.cast(onlySource!, source, 'UP');
    await votes.cast(targetAuthor, source, 'UP');
    await votes.cast(both!, target, 'UP');
    const merged = await moderation.merge(moderator, source, target);
    expect(merged.status).toBe('MERGED');
    expect(merged.mergedInto?.toHexString()).toBe(target);
    expect(await proposals.require(source)).toMatchObject({ upvotes: 0, downvotes: 0 });
    expect(await proposals.require(target)).toMatchObject({ upvotes: 2, downvotes: 0 });
    const targetVotes = await moduleRef.get(VotesRepository).forProposal(merged.mergedInto!);
    expect(targetVotes.map((vote) => [vote.userId.toHexString(), vote.value]).sort()).toEqual(
      [
        [both!._id.toHexString(), 1],
        [onlySource!._id.toHexString(), 1],
      ].sort(),
    );
    // Running it again finishes an interrupted merge and changes nothing else.
    expect((await moderation.merge(moderator, source, target)).status).toBe('MERGED');
    expect(await proposals.require(target)).toMatchObject({ upvotes: 2, downvotes: 0 });
    await expect(moderation.merge(moderator, target, target)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(moderation.merge(moderator, target, source)).rejects.toBeInstanceOf(ConflictError);
  });
});
