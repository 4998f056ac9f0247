export * from './database-server';
export * from './database.module';
export * from './embedded/embedded-binary';
export * from './embedded/embedded-server';
export * from './find-page';
export * from './find-each-by-id';
