import { Injectable } from '@nestjs/common';
import { Types } from 'mongoose';
import { UsersService } from '@app/accounts';
import type { Language } from '@app/core';
import { type ProposalRecord, ProposalsService, ThemesService } from '@app/proposals';
import { type Handover, handoverOf, publicNote } from '../follow-up/follow-up.schema';
import { FollowUpService } from '../follow-up/follow-up.service';
import { CuratedListsService } from '../lists/curated-lists.service';
import { listedSuggestions } from '../lists/listed-suggestions';

/** Proposals whose authors are looked up together. */
const EXPORT_BATCH = 200;

export interface ListExport {
  slug: string;
  title: string;
  description: string;
  addressee: string;
  language: Language;
  version: number;
  publishedAt: string | null;
  items: {
    position: number;
    title: string;
    body: string;
    /** Published comments on the item (hidden and deleted ones not counted). */
    commentCount: number;
    /** As published; a hidden or withdrawn one keeps its place without its text or counts. */
    proposals: {
      id: string;
      title: string | null;
      withheld: boolean;
      upvotes: number | null;
      downvotes: number | null;
    }[];
    followUp: {
      status: string;
      kind: string;
      progress: number;
      nextReviewAt: string | null;
      lastUpdatedAt: string;
      events: {
        at: string;
        recordedAt: string;
        fromStatus: string | null;
        toStatus: string;
        progress: number;
        /** Empty on the first event, which has `handover`. */
        note: string;
        link: string | null;
        handover: Handover | null;
      }[];
    } | null;
  }[];
}

export interface ProposalExport {
  id: string;
  title: string;
  theme: string;
  tags: string[];
  language: string;
  upvotes: number;
  downvotes: number;
  author: string;
  organization: string | null;
  createdAt: string;
  /** Published comments (hidden and deleted ones not counted), in all and per alignment. */
  commentCount: number;
  commentsInFavor: number;
  commentsAgainst: number;
}

@Injectable()
export class ExportService {
  constructor(
    private readonly lists: CuratedListsService,
    private readonly followUps: FollowUpService,
    private readonly proposalsService: ProposalsService,
    private readonly themes: ThemesService,
    private readonly users: UsersService,
  ) {}

  async list(slug: string, version: number | null): Promise<ListExport | null> {
    const view = await this.lists.find(null, slug, version, false);
    if (view === null || view.status !== 'PUBLISHED') {
      return null;
    }
    const itemIds = view.content.items.map((item) => item.id);
    const proposalIds = view.content.items.flatMap((item) => item.proposalIds.map((id) => id.toHexString()));
    const [proposals, followUps, events, statuses, commentCounts] = await Promise.all([
      this.proposalsService.findMany(proposalIds),
      this.followUps.findFollowUps(itemIds),
      this.followUps.eventsOf(itemIds),
      this.followUps.statuses(),
      Promise.all(itemIds.map((id) => this.lists.itemCommentCount(id))),
    ]);
    const proposalById = new Map(proposals.map((proposal) => [proposal._id.toHexString(), proposal]));
    const statusByKey = new Map(statuses.map((status) => [status.key, status]));
    const snapshots = new Map(
      (view.snapshots ?? []).map((snapshot) => [snapshot.proposalId.toHexString(), snapshot]),
    );
    const language = view.list.language;
    return {
      slug: view.list.slug,
      title: view.content.title,
      description: view.content.description,
      addressee: view.content.addressee,
      language,
      version: view.version,
      publishedAt: view.publishedAt?.toISOString() ?? null,
      items: view.content.items.map((item, index) => {
        const followUp = followUps.find((candidate) => candidate._id === item.id);
        const status = followUp ? statusByKey.get(followUp.statusKey) : undefined;
        return {
          position: index + 1,
          title: item.title,
          body: item.body,
          commentCount: commentCounts[index] ?? 0,
          proposals: listedSuggestions(
            null,
            item.proposalIds.map((id) => id.toHexString()),
            snapshots,
            proposalById,
          ).map((suggestion) => ({
            id: suggestion.id,
            title: suggestion.title,
            withheld: suggestion.withheld,
            upvotes: suggestion.proposal?.upvotes ?? null,
            downvotes: suggestion.proposal?.downvotes ?? null,
          })),
          followUp: followUp
            ? {
                status: status?.name[language] ?? followUp.statusKey,
                kind: status?.kind ?? 'OPEN',
                progress: followUp.progress,
                nextReviewAt: followUp.nextReviewAt?.toISOString() ?? null,
                lastUpdatedAt: followUp.lastUpdatedAt.toISOString(),
                events: events
                  .filter((event) => event.itemId === item.id)
                  .map((event) => ({
                    at: event.at.toISOString(),
                    recordedAt: event.recordedAt.toISOString(),
                    fromStatus: event.fromStatus,
                    toStatus: event.toStatus,
                    progress: event.progress,
                    note: publicNote(event),
                    link: event.link,
                    handover: handoverOf(event),
                  })),
              }
            : null,
        };
      }),
    };
  }

  /**
   * Every published proposal, read through a cursor and looked up (themes, authors) a batch at a
   * time, so that memory stays bounded however many there are.
   */
  async *proposals(): AsyncGenerator<ProposalExport> {
    const themes = await this.themes.all();
    const themeName = new Map(themes.map((theme) => [theme._id.toHexString(), theme.name.nl]));
    let batch: ProposalRecord[] = [];
    for await (const proposal of this.proposalsService.eachPublished()) {
      batch.push(proposal);
      if (batch.length === EXPORT_BATCH) {
        yield* await this.exportRows(batch, themeName);
        batch = [];
      }
    }
    yield* await this.exportRows(batch, themeName);
  }

  private async exportRows(
    proposals: readonly ProposalRecord[],
    themeName: ReadonlyMap<string, string>,
  ): Promise<ProposalExport[]> {
    const authors = await this.users.findByIds(
      [...new Set(proposals.map((proposal) => proposal.authorId.toHexString()))].map(
        (id) => new Types.ObjectId(id),
      ),
    );
    const authorById = new Map(authors.map((author) => [author._id.toHexString(), author]));
    return proposals.map((proposal) => {
      const author = authorById.get(proposal.authorId.toHexString());
      return {
        id: proposal._id.toHexString(),
        title: proposal.title,
        theme: themeName.get(proposal.themeId.toHexString()) ?? '',
        tags: proposal.tags,
        language: proposal.language,
        upvotes: proposal.upvotes,
        downvotes: proposal.downvotes,
        author: author?.displayName ?? '',
        organization: author?.organization ?? null,
        createdAt: proposal.createdAt.toISOString(),
        commentCount: proposal.comments?.total ?? 0,
        commentsInFavor: proposal.comments?.inFavor ?? 0,
        commentsAgainst: proposal.comments?.against ?? 0,
      };
    });
  }
}
