// Bundles the pages' scripts (src/main.js, src/window.js, src/resizable.js, src/csp.js,
// src/hostile.js) and copies the pages into ../target/classes/e2e-static/ so the Java e2e tests
// can serve them from the classpath.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'target', 'classes', 'e2e-static');

mkdirSync(outDir, { recursive: true });

// Each page's script, bundled with the packages it imports.
for (const [entry, bundle] of [['src/main.js', 'app.js'], ['src/window.js', 'window-app.js'],
  ['src/resizable.js', 'resizable-app.js'], ['src/csp.js', 'csp-app.js'], ['src/hostile.js', 'hostile-app.js']]) {
  await build({
    absWorkingDir: here,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    outfile: join(outDir, bundle),
    logLevel: 'info',
  });
}

for (const page of ['index.html', 'frame.html', 'exit.html', 'leak.html', 'second.html', 'window.html', 'plain.html',
  'hidden.html', 'early.html', 'resizable.html', 'hostile.html', 'spin.html', 'flood.html', 'gone.html', 'csp.html',
  'framed.html', 'nav.html']) {
  copyFileSync(join(here, 'src', page), join(outDir, page));
  console.log(`copied src/${page} -> ${join(outDir, page)}`);
}
