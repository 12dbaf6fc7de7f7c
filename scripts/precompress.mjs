// Writes FILE.br and FILE.gz beside every file of the built site's pkg/ directory, so the
// server sends them as they are instead of compressing on every request.
// Usage: node scripts/precompress.mjs target/site/pkg
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "target/site/pkg";
for (const name of readdirSync(dir)) {
  if (name.endsWith(".br") || name.endsWith(".gz")) continue;
  const path = join(dir, name);
  if (!statSync(path).isFile()) continue;
  const source = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(source, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
  }));
  writeFileSync(`${path}.gz`, gzipSync(source, { level: 9 }));
}
