export * from './statistics.module';
export * from './statistics.service';
