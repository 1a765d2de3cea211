// Runs in csp.html, served under a strict Content Security Policy (ContentSecurityE2eTests):
// the bridge and everything Java sends the page work without 'unsafe-inline' or 'unsafe-eval',
// the page's own inline script and style (given jtauri's nonce) apply, and a script or style
// added later, without the nonce, is refused.

import { invoke, Channel } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { getCurrentWindow } from '@tauri-apps/api/window';

const results = [];

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function check(name, fn) {
  let ok = true;
  let detail = '';
  try {
    const result = await fn();
    if (typeof result === 'string') detail = result;
  } catch (err) {
    ok = false;
    detail = err instanceof Error ? err.message : String(err);
  }
  results.push(ok);
  await invoke('report', { name, ok, detail });
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

await check('csp-bridge', async () => {
  const greeting = await invoke('greet', { name: 'CSP' });
  assert(greeting === 'Hello, CSP!', 'greet answered ' + greeting);
});

await check('csp-batched', async () => {
  // Answered by the window's outbox: a script Java runs in the page.
  const greetings = await Promise.all(['a', 'b', 'c'].map((name) => invoke('greet', { name })));
  assert(greetings.join() === 'Hello, a!,Hello, b!,Hello, c!', 'batched answers ' + greetings);
});

await check('csp-event', async () => {
  let heard = null;
  const unlisten = await listen('csp-event', (event) => { heard = event.payload; });
  await invoke('emitBack', { event: 'csp-event', payload: 'under the policy' });
  for (let i = 0; heard === null && i < 100; i++) await sleep(20);
  unlisten();
  assert(heard === 'under the policy', 'heard ' + heard);
});

await check('csp-channel', async () => {
  const seen = [];
  const channel = new Channel();
  channel.onmessage = (message) => seen.push(message.index);
  await invoke('stream', { count: 3, onEvent: channel });
  for (let i = 0; seen.length < 3 && i < 100; i++) await sleep(20);
  assert(seen.join() === '0,1,2', 'channel messages ' + seen);
});

await check('csp-raw-fetch', async () => {
  // 100 kB of bytes go by a same-origin fetch, which connect-src (here default-src 'self') allows.
  const bytes = new Uint8Array(100_000).map((_, i) => i % 251);
  const echoed = new Uint8Array(await invoke('echoBytes', bytes));
  assert(echoed.length === bytes.length && echoed[99_999] === bytes[99_999], 'echoed ' + echoed.length + ' bytes');
});

await check('csp-inline-script', async () => {
  assert(window.inlineRan && window.inlineRan.nonced, 'the page\'s inline script did not run with a nonce');
});

await check('csp-inline-style', async () => {
  const color = getComputedStyle(document.getElementById('styled')).color;
  assert(color === 'rgb(1, 2, 3)', 'the page\'s own style gave ' + color);
});

await check('csp-written-script-refused', async () => {
  assert(window.written === undefined, 'a script written while parsing ran');
});

await check('csp-added-handler-refused', async () => {
  document.getElementById('sink').innerHTML = '<img src="data:," onerror="window.handlerRan = true">';
  await sleep(300);
  assert(window.handlerRan === undefined, 'an inline event handler ran');
});

await check('csp-added-script', async () => {
  // Refused under script-src 'self'; under 'strict-dynamic' a script the page's trusted scripts
  // add is trusted in turn, as the standard says: the test knows which policy it set.
  const script = document.createElement('script');
  script.textContent = 'window.addedScriptRan = true';
  document.head.append(script);
  await sleep(100);
  return window.addedScriptRan === true ? 'ran' : 'refused';
});

await check('csp-injected-style-refused', async () => {
  document.getElementById('sink').insertAdjacentHTML('beforeend', '<style>#injected { color: rgb(4, 5, 6); }</style>');
  await sleep(100);
  const color = getComputedStyle(document.getElementById('injected')).color;
  assert(color !== 'rgb(4, 5, 6)', 'an added style applied');
});

await check('csp-eval-refused', async () => {
  let evaluated = false;
  try {
    evaluated = (0, eval)('true');
  } catch {
    // EvalError: the policy has no 'unsafe-eval', and the bridge needs none
  }
  assert(!evaluated, 'eval ran');
});

await check('csp-cursor-hidden', async () => {
  // The bridge hides the pointer with a constructed style sheet, which style-src does not govern.
  await getCurrentWindow().setCursorVisible(false);
  const hidden = getComputedStyle(document.body).cursor;
  await getCurrentWindow().setCursorVisible(true);
  const shown = getComputedStyle(document.body).cursor;
  assert(hidden === 'none' && shown !== 'none', 'cursor hidden: ' + hidden + ', shown again: ' + shown);
});

await invoke('report', { name: 'csp-violations', ok: true, detail: [...new Set(window.violations)].sort().join(' ') });
const passed = results.filter((ok) => ok).length;
await invoke('done', { passed, failed: results.length - passed });
