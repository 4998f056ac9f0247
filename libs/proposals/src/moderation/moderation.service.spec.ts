import { getModelToken } from '@nestjs/mongoose';
import type { TestingModule } from '@nestjs/testing';
import { type Model, Types } from 'mongoose';
import { Role, type User } from '@app/accounts';
import { ConflictError, ForbiddenError, InvalidInputError } from '@app/core';
import { DATA_MIGRATIONS_COLLECTION } from '@app/database';
import { createUser, startMediumModule, submitProposal } from '../../../../test/support/medium';
import { ProposalsModule } from '../proposals.module';
import { PROPOSAL_MODEL, type ProposalRecord } from '../proposals/proposal.schema';
import { ProposalsRepository } from '../proposals/proposals.repository';
import { ProposalsService } from '../proposals/proposals.service';
import { VotesRepository } from '../votes/votes.repository';
import { VotesService } from '../votes/votes.service';
import { ModerationRepository } from './moderation.repository';
import { AUTO_HIDDEN_MIGRATION, AUTO_HIDE_FLAGS, ModerationService } from './moderation.service';

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

  it('queues reported suggestions no moderator decided on, most flags first', async () => {
    const before = (await moderation.flagged({ first: 50 })).edges.map((edge) => edge.node._id.toHexString());
    const [once, twice, cleared] = await Promise.all(
      [1, 2, 3].map(async () => (await submitProposal(moduleRef, author))._id.toHexString()),
    );
    await moderation.flag(members[0]!, once!, 'Reclame');
    for (const member of members.slice(0, 2)) await moderation.flag(member, twice!, 'Reclame');
    for (const member of members.slice(0, 3)) await moderation.flag(member, cleared!, 'Reclame');
    expect((await moderation.clearFlags(moderator, cleared!)).moderatorCleared).toBe(true);
    const queued = (await moderation.flagged({ first: 50 })).edges
      .map((edge) => edge.node._id.toHexString())
      .filter((id) => !before.includes(id));
    expect(queued).toEqual([twice, once]);
    await moderation.hide(moderator, twice!, 'Reclame');
    expect(
      (await moderation.flagged({ first: 50 })).edges.map((edge) => edge.node._id.toHexString()),
    ).not.toContain(twice);
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

  it('marks suggestions hidden by their flags before autoHidden existed, from the audit log, once', async () => {
    const model = moduleRef.get<Model<ProposalRecord>>(getModelToken(PROPOSAL_MODEL));
    const audit = moduleRef.get(ModerationRepository);
    const repository = moduleRef.get(ProposalsRepository);
    // As an older version stored them: no autoHidden field at all.
    const { _id, autoHidden, ...current } = await submitProposal(moduleRef, author);
    expect(autoHidden).toBe(false);
    const legacy = async (status: ProposalRecord['status'], actions: ('HIDE' | 'UNHIDE' | 'AUTO_HIDE')[]) => {
      const id = new Types.ObjectId();
      // An unhide cleared it for good, as it does now.
      const moderatorCleared = actions.at(-1) === 'UNHIDE';
      await model.collection.insertOne({
        ...current,
        _id: id,
        status,
        flagCount: AUTO_HIDE_FLAGS,
        moderatorCleared,
      });
      for (const action of actions) {
        const actorId = action === 'AUTO_HIDE' ? null : moderator._id;
        await audit.record({ action, actorId, proposalId: id, targetId: null, reason: null });
      }
      return id;
    };
    const byFlags = await legacy('HIDDEN', ['AUTO_HIDE']);
    const byModerator = await legacy('HIDDEN', ['HIDE']);
    const confirmed = await legacy('HIDDEN', ['AUTO_HIDE', 'HIDE']);
    const hiddenAgainByFlags = await legacy('HIDDEN', ['HIDE', 'UNHIDE', 'AUTO_HIDE']);
    const shownAgain = await legacy('PUBLISHED', ['AUTO_HIDE', 'UNHIDE']);
    // Written by this version: its false stays false whatever the log says.
    const decided = new Types.ObjectId();
    await model.collection.insertOne({ ...current, _id: decided, status: 'HIDDEN', autoHidden: false });
    await audit.record({
      action: 'AUTO_HIDE',
      actorId: null,
      proposalId: decided,
      targetId: null,
      reason: null,
    });
    const queued = async () =>
      (await moderation.flagged({ first: 50 })).edges.map((edge) => edge.node._id.toHexString());
    expect(await queued()).not.toContain(byFlags.toHexString());

    // The module started on an empty database and recorded the migration; a database from
    // before it has no record, so the next start runs it.
    await model.db
      .collection<{ _id: string }>(DATA_MIGRATIONS_COLLECTION)
      .deleteOne({ _id: AUTO_HIDDEN_MIGRATION });
    await moderation.onApplicationBootstrap();
    const stored = async (id: Types.ObjectId) => (await repository.findById(id))?.autoHidden;
    expect(await stored(byFlags)).toBe(true);
    expect(await stored(hiddenAgainByFlags)).toBe(true);
    expect(await stored(byModerator)).toBe(false);
    expect(await stored(confirmed)).toBe(false);
    expect(await stored(shownAgain)).toBeUndefined();
    expect(await stored(decided)).toBe(false);
    const now = await queued();
    expect(now).toEqual(expect.arrayContaining([byFlags.toHexString(), hiddenAgainByFlags.toHexString()]));
    for (const id of [byModerator, confirmed, shownAgain, decided])
      expect(now).not.toContain(id.toHexString());

    // Once: a later start skips it, and running it again finds nothing left to do.
    await model.collection.insertOne({ ...current, _id: new Types.ObjectId(), status: 'HIDDEN' });
    await moderation.onApplicationBootstrap();
    expect(await model.collection.countDocuments({ status: 'HIDDEN', autoHidden: { $exists: false } })).toBe(
      1,
    );
    expect(await moderation.backfillAutoHidden()).toBe(0);
    expect(await model.collection.countDocuments({ status: 'HIDDEN', autoHidden: { $exists: false } })).toBe(
      0,
    );
  });

  it('never overrides a moderator who decides on a suggestion while the backfill runs', async () => {
    const model = moduleRef.get<Model<ProposalRecord>>(getModelToken(PROPOSAL_MODEL));
    const audit = moduleRef.get(ModerationRepository);
    const { _id, autoHidden, ...current } = await submitProposal(moduleRef, author);
    const ids = Array.from({ length: 8 }, () => new Types.ObjectId());
    for (const id of ids) {
      await model.collection.insertOne({ ...current, _id: id, status: 'HIDDEN', flagCount: AUTO_HIDE_FLAGS });
      await audit.record({
        action: 'AUTO_HIDE',
        actorId: null,
        proposalId: id,
        targetId: null,
        reason: null,
      });
    }
    // A moderator confirms every hide (autoHidden false) while the backfill marks them.
    await Promise.all([
      moderation.backfillAutoHidden(),
      ...ids.map((id) => moderation.hide(moderator, id.toHexString(), 'Bevestigd')),
    ]);
    for (const id of ids) {
      expect(await proposals.require(id.toHexString())).toMatchObject({
        status: 'HIDDEN',
        statusReason: 'Bevestigd',
        autoHidden: false,
      });
    }
  });
});
