export * from './curation.module';
export * from './follow-up/follow-up.service';
export * from './lists/curated-lists.service';
