export * from './notifications.module';
export { DailyDigest, type DigestReport } from './mail/daily-digest';
export { PUBLIC_HTTP_WRITE } from './preferences/unsubscribe.controller';
export { UnsubscribeTokens } from './preferences/unsubscribe-tokens';
