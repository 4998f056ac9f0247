export * from './curation.module';
export * from './follow-up/follow-up.service';
export * from './lists/curated-lists.service';
export { EXPORT_THROTTLED } from './export/export.controller';
export { CuratedListModel, toCuratedListModel } from './lists/models/curated-list.models';
