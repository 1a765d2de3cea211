// jtauri hostile pages test: what a page can do to the windows of its app, through the REAL
// @tauri-apps/api, must neither crash the app nor leave it stuck. Each check's result goes to
// Java with invoke('report', {name, ok, detail}); the run ends with invoke('done', ...).

import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { WebviewWindow } from '@tauri-apps/api/webviewWindow';
import { setTheme } from '@tauri-apps/api/app';

const checks = [];

function check(name, fn) {
  checks.push({ name, fn });
}

function log(line) {
  console.log(line);
  document.getElementById('log').textContent += line + '\n';
}

function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

async function waitFor(what, condition, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error('timed out waiting for ' + what);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// A new window with a page of the app, once it is created.
async function opened(label) {
  const window = new WebviewWindow(label, { url: 'plain.html', title: 'jtauri ' + label, width: 200, height: 150 });
  await new Promise((resolve, reject) => {
    window.once('tauri://created', resolve);
    window.once('tauri://error', (e) => reject(new Error(String(e.payload))));
  });
  return window;
}

// A call that lost the race with its window's close is refused, saying so; anything else fails.
function expectSettled(results, what) {
  for (const result of results) {
    if (result.status === 'rejected') {
      const reason = String(result.reason);
      assert(/is closed|not found/.test(reason), what + ': unexpected rejection: ' + reason);
    }
  }
}

// A page that logs every close request (listen with the default target, any target) hears the
// other windows' requests, and holds none of them.
check('close-heard-not-held', async () => {
  const heard = [];
  const unlisten = await listen('tauri://close-requested', (event) => heard.push(event));
  const victim = await opened('victim');
  await victim.close();
  await waitFor('the victim window to close', async () => (await WebviewWindow.getByLabel('victim')) === null);
  // The request reaches this page on its own time, maybe after the window is gone.
  await waitFor('the close request to be heard', async () => heard.length >= 1);
  unlisten();
});

// Calls run side by side with their window's destroy (one batch): each is done or refused as
// closed, and the app goes on; so does the app's theme set while windows close.
check('destroy-races-calls', async () => {
  const refused = new Set();
  for (let round = 0; round < 10; round++) {
    const window = await opened('race-' + round);
    const results = await Promise.allSettled([window.destroy(), window.setZoom(1.2), window.setTitle('renamed'),
      window.setCursorVisible(false), window.setTheme('dark'), window.clearAllBrowsingData(), window.setZoom(0.8)]);
    expectSettled(results, 'round ' + round);
    results.filter((result) => result.status === 'rejected').forEach((result) => refused.add(String(result.reason)));
  }
  for (let round = 0; round < 5; round++) {
    const window = await opened('theme-' + round);
    expectSettled(await Promise.allSettled([window.destroy(), setTheme('dark'), setTheme(null), setTheme('light')]),
      'theme round ' + round);
  }
  assert((await invoke('greet', { name: 'still here' })) === 'Hello, still here!', 'the app stopped answering');
  log('refusals seen: ' + JSON.stringify([...refused]));
});

(async () => {
  let passed = 0;
  let failed = 0;
  for (const { name, fn } of checks) {
    try {
      await fn();
      passed++;
      log('PASS ' + name);
      await invoke('report', { name, ok: true, detail: null });
    } catch (e) {
      failed++;
      log('FAIL ' + name + ': ' + (e && e.message));
      await invoke('report', { name, ok: false, detail: String(e && e.stack || e) });
    }
  }
  await invoke('done', { passed, failed });
})();
