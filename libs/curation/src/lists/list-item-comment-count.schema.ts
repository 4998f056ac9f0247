import { Schema } from 'mongoose';

export const LIST_ITEM_COMMENT_COUNT_MODEL = 'ListItemCommentCount';

/**
 * The published comments on one item of a published list (libs/discussion keeps it, in the
 * item's unit of work; the comments collection is the truth). `_id` is the item id, read by
 * `{_id}` only. Absent: none yet.
 */
export interface ListItemCommentCountRecord {
  _id: string;
  total: number;
}

export const listItemCommentCountSchema = new Schema<ListItemCommentCountRecord>(
  {
    _id: { type: String, required: true },
    total: { type: Number, required: true },
  },
  { collection: 'list_item_comment_counts' },
);
