import { Schema, type Types } from 'mongoose';
import type { Language } from '@app/core';

export const CURATED_LIST_MODEL = 'CuratedList';
export const LIST_VERSION_MODEL = 'CuratedListVersion';

export interface ListItem {
  /** Stable across versions: a revised item keeps its id and so its follow-up. */
  id: string;
  title: string;
  body: string;
  proposalIds: Types.ObjectId[];
}

export interface ListContent {
  title: string;
  description: string;
  addressee: string;
  items: ListItem[];
}

/** A list: its open draft (if any) and where its published versions are. */
export interface CuratedListRecord {
  _id: Types.ObjectId;
  slug: string;
  language: Language;
  draft: ListContent | null;
  /** 0 until the first publication. */
  latestVersion: number;
  /** The proposals the latest version links, for Proposal.includedIn. */
  latestProposalIds: Types.ObjectId[];
  createdBy: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

/** A linked suggestion's text as it was when a version was published. */
export interface SuggestionSnapshot {
  proposalId: Types.ObjectId;
  title: string;
  body: string;
}

/** A published version: never changed after it is written. `_id` is `<listId>:<version>`. */
export interface ListVersionRecord extends ListContent {
  _id: string;
  listId: Types.ObjectId;
  version: number;
  /**
   * Every linked suggestion's text at publication, so the version keeps showing what was handed
   * over after an author edits it. Absent in versions published before snapshots were stored.
   */
  suggestions?: SuggestionSnapshot[];
  publishedAt: Date;
  publishedBy: Types.ObjectId;
}

const itemSchema = new Schema<ListItem>(
  {
    id: { type: String, required: true },
    title: { type: String, required: true },
    body: { type: String, default: '' },
    proposalIds: { type: [Schema.Types.ObjectId], default: [] },
  },
  { _id: false },
);

const contentFields = {
  title: { type: String, required: true },
  description: { type: String, default: '' },
  addressee: { type: String, required: true },
  items: { type: [itemSchema], default: [] },
};

export const curatedListSchema = new Schema<CuratedListRecord>(
  {
    slug: { type: String, required: true },
    language: { type: String, required: true },
    draft: { type: new Schema<ListContent>(contentFields, { _id: false }), default: null },
    latestVersion: { type: Number, default: 0 },
    latestProposalIds: { type: [Schema.Types.ObjectId], default: [] },
    createdBy: { type: Schema.Types.ObjectId, required: true },
  },
  { collection: 'curated_lists', timestamps: true },
);
// curatedList(slug): lists are addressed by slug, which is unique.
curatedListSchema.index({ slug: 1 }, { unique: true });
// Proposal.includedIn: the lists whose latest version links a proposal (multikey).
curatedListSchema.index({ latestProposalIds: 1 });

const snapshotSchema = new Schema<SuggestionSnapshot>(
  {
    proposalId: { type: Schema.Types.ObjectId, required: true },
    title: { type: String, required: true },
    body: { type: String, required: true },
  },
  { _id: false },
);

export const listVersionSchema = new Schema<ListVersionRecord>(
  {
    _id: { type: String, required: true },
    listId: { type: Schema.Types.ObjectId, required: true },
    version: { type: Number, required: true },
    ...contentFields,
    suggestions: { type: [snapshotSchema], default: [] },
    publishedAt: { type: Date, required: true },
    publishedBy: { type: Schema.Types.ObjectId, required: true },
  },
  { collection: 'curated_list_versions' },
);
// CuratedList.versions: the versions of one list.
listVersionSchema.index({ listId: 1, version: 1 });

export function versionId(listId: Types.ObjectId, version: number): string {
  return `${listId.toHexString()}:${version}`;
}
