import type { EmbeddedMongoServer } from '../../libs/database/src/embedded/embedded-server';

export default async function globalTeardown(): Promise<void> {
  await globalThis.e2eEmbeddedMongo?.stop();
}
