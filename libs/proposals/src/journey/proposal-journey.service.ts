import { Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import { RequestLoader } from '@app/core';
import { ModerationRepository } from '../moderation/moderation.repository';
import { VotesRepository } from '../votes/votes.repository';
import type { JourneyFacts } from './journey';

/** Reads what the journeys of suggestions are made of: two queries for all asked in a request. */
@Injectable()
export class ProposalJourneyService {
  readonly factsLoader = new RequestLoader<string, JourneyFacts>((ids) => this.factsOf(ids));

  constructor(
    private readonly votes: VotesRepository,
    private readonly moderation: ModerationRepository,
  ) {}

  async factsOf(ids: readonly string[]): Promise<JourneyFacts[]> {
    const objectIds = ids.map((id) => new Types.ObjectId(id));
    const [upVotes, audit] = await Promise.all([
      this.votes.upVoteTimes(objectIds),
      this.moderation.about(objectIds, ['HIDE', 'AUTO_HIDE', 'UNHIDE', 'MERGE']),
    ]);
    return ids.map((id) => ({
      upVoteTimes: upVotes
        .filter((vote) => vote.proposalId.toHexString() === id)
        .map((vote) => vote.updatedAt),
      audit: audit.filter(
        (entry) => entry.proposalId?.toHexString() === id || entry.targetId?.toHexString() === id,
      ),
    }));
  }
}
