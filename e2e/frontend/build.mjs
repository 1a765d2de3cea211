// Bundles src/main.js, src/window.js, src/csp.js and src/hostile.js, and copies the pages into ../target/classes/e2e-static/
// so the Java e2e test can serve them from the classpath.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'target', 'classes', 'e2e-static');

mkdirSync(outDir, { recursive: true });

await build({
  absWorkingDir: here,
  entryPoints: ['src/main.js'],
  bundle: true,
  format: 'esm',
  target: 'chrome120',
  outfile: join(outDir, 'app.js'),
  logLevel: 'info',
});

await build({
  absWorkingDir: here,
  entryPoints: ['src/window.js'],
  bundle: true,
  format: 'esm',
  target: 'chrome120',
  outfile: join(outDir, 'window-app.js'),
  logLevel: 'info',
});

await build({
  absWorkingDir: here,
  entryPoints: ['src/csp.js'],
  bundle: true,
  format: 'esm',
  target: 'chrome120',
  outfile: join(outDir, 'csp-app.js'),
  logLevel: 'info',
});

await build({
  absWorkingDir: here,
  entryPoints: ['src/hostile.js'],
  bundle: true,
  format: 'esm',
  target: 'chrome120',
  outfile: join(outDir, 'hostile-app.js'),
  logLevel: 'info',
});

for (const page of ['hostile.html', 'spin.html', 'flood.html', 'gone.html', 'index.html', 'frame.html', 'exit.html', 'leak.html', 'second.html', 'window.html', 'plain.html', 'hidden.html', 'early.html', 'csp.html', 'framed.html', 'nav.html']) {
  copyFileSync(join(here, 'src', page), join(outDir, page));
  console.log(`copied src/${page} -> ${join(outDir, page)}`);
}
