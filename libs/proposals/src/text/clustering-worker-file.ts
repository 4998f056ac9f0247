import { join } from 'node:path';

/**
 * The compiled worker entry that runs `clusterTexts` off the main thread (clustering.worker.ts),
 * or null when this code runs from its TypeScript sources (jest), which a worker thread cannot load.
 */
export function clusteringWorkerFile(): string | null {
  return __filename.endsWith('.js') ? join(__dirname, 'clustering.worker.js') : null;
}
