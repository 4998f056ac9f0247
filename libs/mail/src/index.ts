export * from './mail.module';
export * from './mailer';
export * from './outgoing-mail';
export * from './render-mail';
export * from './embedded/embedded-mail';
export * from './mail-server';
