import { Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import { RequestLoader } from '@app/core';
import type { JourneyEventModel } from '@app/proposals';
import { FollowUpRepository } from '../follow-up/follow-up.repository';
import { CuratedListsRepository } from '../lists/curated-lists.repository';
import { listJourney } from './list-journey';

/** The list steps of suggestions' journeys: four reads for all suggestions asked in a request. */
@Injectable()
export class ListJourneyService {
  readonly stepsLoader = new RequestLoader<string, JourneyEventModel[]>((ids) => this.stepsOf(ids));

  constructor(
    private readonly lists: CuratedListsRepository,
    private readonly followUps: FollowUpRepository,
  ) {}

  async stepsOf(proposalIds: readonly string[]): Promise<JourneyEventModel[][]> {
    const lists = await this.lists.includingAny(proposalIds.map((id) => new Types.ObjectId(id)));
    if (lists.length === 0) {
      return proposalIds.map(() => []);
    }
    const wanted = new Set(proposalIds);
    const versions = await this.lists.versionsOfLists(lists.map((list) => list._id));
    const itemIds = [
      ...new Set(
        versions.flatMap((version) =>
          version.items
            .filter((item) => item.proposalIds.some((id) => wanted.has(id.toHexString())))
            .map((item) => item.id),
        ),
      ),
    ];
    const [followUps, events] = await Promise.all([
      this.followUps.findFollowUps(itemIds),
      this.followUps.eventsOf(itemIds),
    ]);
    return proposalIds.map((proposalId) =>
      listJourney(proposalId, {
        lists: lists.filter((list) => list.latestProposalIds.some((id) => id.toHexString() === proposalId)),
        versions,
        followUps,
        events,
      }),
    );
  }
}
