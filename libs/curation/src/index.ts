export * from './curation.module';
export * from './follow-up/follow-up.service';
export * from './lists/curated-lists.service';
export { EXPORT_THROTTLED } from './export/export.controller';
export { CuratedListModel, toCuratedListModel } from './lists/models/curated-list.models';
export { FollowUpStatusModel, toFollowUpStatusModel } from './follow-up/models/follow-up.models';
export type { FollowUpStatusRecord, FollowUpEventRecord } from './follow-up/follow-up.schema';
export { handoverOf, publicNote } from './follow-up/follow-up.schema';
export { listedSuggestions } from './lists/listed-suggestions';
