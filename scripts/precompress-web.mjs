// Writes a Brotli (.br) and a gzip (.gz) copy next to every text asset of the web build, so the
// server sends compressed files without compressing per request (apps/api/src/web/web-client.ts).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist/web';
// Below this a compressed copy saves less than the headers cost.
const SMALLEST = 1024;
const TEXT = /\.(js|mjs|css|svg|json|txt|xml|webmanifest)$/;

for (const name of readdirSync(root, { recursive: true })) {
  const path = join(root, String(name));
  if (!TEXT.test(path) || !statSync(path).isFile()) continue;
  const content = readFileSync(path);
  if (content.length < SMALLEST) continue;
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
  );
  writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
}
