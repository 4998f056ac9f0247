export * from './domain-event';
export * from './domain-events.service';
export * from './events.module';
export * from './live-updates';
