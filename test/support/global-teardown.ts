export default async function globalTeardown(): Promise<void> {
  await Promise.all([globalThis.e2eEmbeddedMongo?.stop(), globalThis.e2eMailpit?.stop()]);
}
