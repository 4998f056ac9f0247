import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isValidObjectId, type Model, type QueryFilter, trusted, Types } from 'mongoose';
import { type CursorPosition, unlessDuplicate } from '@app/core';
import { findEachById, findNewestPage } from '@app/database';
import {
  CURATED_LIST_MODEL,
  type CuratedListRecord,
  type ListContent,
  LIST_VERSION_MODEL,
  type ListVersionRecord,
  versionId,
} from './curated-list.schema';
import {
  LIST_ITEM_COMMENT_COUNT_MODEL,
  type ListItemCommentCountRecord,
} from './list-item-comment-count.schema';

@Injectable()
export class CuratedListsRepository {
  constructor(
    @InjectModel(CURATED_LIST_MODEL) private readonly lists: Model<CuratedListRecord>,
    @InjectModel(LIST_VERSION_MODEL) private readonly versions: Model<ListVersionRecord>,
    @InjectModel(LIST_ITEM_COMMENT_COUNT_MODEL)
    private readonly commentCounts: Model<ListItemCommentCountRecord>,
  ) {}

  /** Null when the slug is taken. */
  async insert(
    list: Pick<CuratedListRecord, 'slug' | 'language' | 'draft' | 'createdBy'>,
  ): Promise<CuratedListRecord | null> {
    const created = await unlessDuplicate(
      this.lists.create({ ...list, latestVersion: 0, latestProposalIds: [] }),
    );
    return created?.toObject() ?? null;
  }

  findById(id: string | Types.ObjectId): Promise<CuratedListRecord | null> {
    return isValidObjectId(id)
      ? this.lists.findById(id).lean<CuratedListRecord>().exec()
      : Promise.resolve(null);
  }

  findBySlug(slug: string): Promise<CuratedListRecord | null> {
    return this.lists.findOne({ slug }).lean<CuratedListRecord>().exec();
  }

  async update(id: Types.ObjectId, changes: Partial<Omit<CuratedListRecord, '_id'>>): Promise<void> {
    await this.lists.updateOne({ _id: id }, { $set: changes }).exec();
  }

  /** False when this version exists already. */
  async insertVersion(version: ListVersionRecord): Promise<boolean> {
    return (await unlessDuplicate(this.versions.create(version))) !== null;
  }

  findVersion(listId: Types.ObjectId, version: number): Promise<ListVersionRecord | null> {
    return this.versions.findById(versionId(listId, version)).lean<ListVersionRecord>().exec();
  }

  versionsOf(listId: Types.ObjectId): Promise<Pick<ListVersionRecord, 'version' | 'publishedAt'>[]> {
    return this.versions
      .find({ listId }, { version: 1, publishedAt: 1 })
      .sort({ version: 1 })
      .lean<Pick<ListVersionRecord, 'version' | 'publishedAt'>[]>()
      .exec();
  }

  /** Every published version of these lists, oldest first (lists are few, and so are versions). */
  versionsOfLists(listIds: readonly Types.ObjectId[]): Promise<ListVersionRecord[]> {
    return this.versions
      .find({ listId: trusted({ $in: [...listIds] }) })
      .sort({ version: 1 })
      .lean<ListVersionRecord[]>()
      .exec();
  }

  /** Lists newest first; `published`: those with a published version, else those with a draft. */
  async page(
    published: boolean,
    after: CursorPosition | null,
    limit: number,
  ): Promise<{ lists: CuratedListRecord[]; totalCount: number }> {
    const filter: QueryFilter<CuratedListRecord> = published
      ? { latestVersion: trusted({ $gt: 0 }) }
      : { draft: trusted({ $ne: null }) };
    const { items, totalCount } = await findNewestPage(this.lists, filter, 'createdAt', after, limit);
    return { lists: items, totalCount };
  }

  /** Every list's id and latest version (lists are few: tens, not thousands). */
  allVersions(): Promise<Pick<CuratedListRecord, '_id' | 'latestVersion'>[]> {
    return this.lists
      .find({}, { latestVersion: 1 })
      .lean<Pick<CuratedListRecord, '_id' | 'latestVersion'>[]>()
      .exec();
  }

  /** Every list with a published version (lists are few: tens, not thousands). */
  allPublished(): Promise<CuratedListRecord[]> {
    return this.lists
      .find({ latestVersion: trusted({ $gt: 0 }) })
      .sort({ createdAt: -1, _id: -1 })
      .lean<CuratedListRecord[]>()
      .exec();
  }

  /** The open drafts' content (lists are few: tens, not thousands). */
  async openDrafts(): Promise<ListContent[]> {
    const lists = await this.lists
      .find({ draft: trusted({ $ne: null }) }, { draft: 1 })
      .lean<Pick<CuratedListRecord, 'draft'>[]>()
      .exec();
    return lists.flatMap(({ draft }) => (draft === null ? [] : [draft]));
  }

  includingAny(proposalIds: readonly Types.ObjectId[]): Promise<CuratedListRecord[]> {
    return this.lists
      .find({ latestProposalIds: trusted({ $in: [...proposalIds] }) })
      .lean<CuratedListRecord[]>()
      .exec();
  }

  findCommentCounts(itemIds: readonly string[]): Promise<ListItemCommentCountRecord[]> {
    return findEachById<ListItemCommentCountRecord>(this.commentCounts, itemIds);
  }

  /** Callers run it in the item's comments unit of work. */
  async setCommentCount(itemId: string, total: number): Promise<void> {
    await this.commentCounts.updateOne({ _id: itemId }, { $set: { total } }, { upsert: true }).exec();
  }
}
