export * from './notifications.module';
export { PUBLIC_HTTP_WRITE } from './preferences/unsubscribe.controller';
export { UnsubscribeTokens } from './preferences/unsubscribe-tokens';
