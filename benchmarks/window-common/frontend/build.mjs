// Bundles the suite once per transport into ../target/classes/bench-pages/<app>/, each with the
// same index.html, so that both apps measure the same page.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

for (const app of ['bare', 'jtauri']) {
  const outDir = join(here, '..', 'target', 'classes', 'bench-pages', app);
  mkdirSync(outDir, { recursive: true });
  await build({
    absWorkingDir: here,
    entryPoints: [`src/${app}.js`],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile: join(outDir, 'suite.js'),
    logLevel: 'warning',
  });
  copyFileSync(join(here, 'src', 'index.html'), join(outDir, 'index.html'));
}
