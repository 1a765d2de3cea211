// jtauri end-to-end test page.
//
// Runs a fixed list of checks against the Java side through the REAL
// @tauri-apps/api v2 and tauri-plugin-pytauri-api packages, which talk to
// window.__TAURI_INTERNALS__ (provided by jtauri's JS bridge).
// Every result goes back to Java with invoke('report', {name, ok, detail});
// the run ends with invoke('done', {passed, failed}).

import { invoke, Channel } from '@tauri-apps/api/core';
import { listen, once, emit, emitTo } from '@tauri-apps/api/event';
import { getCurrentWebviewWindow } from '@tauri-apps/api/webviewWindow';
import { pyInvoke } from 'tauri-plugin-pytauri-api';

// ---------------------------------------------------------------- helpers

const CHECK_TIMEOUT_MS = 30_000;
const TIMING_TIMEOUT_MS = 120_000;

const checks = [];

/** Registers a named check: an async function that throws on failure. */
function check(name, fn, timeoutMs = CHECK_TIMEOUT_MS) {
  checks.push({ name, fn, timeoutMs });
}

function log(line) {
  console.log(line);
  try {
    const el = document.getElementById('log');
    if (el) el.textContent += line + '\n';
  } catch {
    // logging must never break the run
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Turns a thrown value / rejection into a short detail string. */
function describe(err) {
  if (err instanceof Error) return err.message;
  try {
    const json = JSON.stringify(err);
    return json === undefined ? String(err) : json;
  } catch {
    return String(err);
  }
}

function show(value) {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value instanceof ArrayBuffer) return `ArrayBuffer(${value.byteLength})`;
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${value.byteLength})`;
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json;
  } catch {
    return String(value);
  }
}

function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

function assertEqual(actual, expected, what) {
  if (!deepEqual(actual, expected)) {
    throw new Error(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** Expects `promise` to reject; returns the rejection value. */
async function expectRejection(promise, what) {
  let value;
  try {
    value = await promise;
  } catch (err) {
    return err;
  }
  throw new Error(`${what}: expected a rejection, but it resolved with ${show(value)}`);
}

/** Polls `predicate` every `stepMs` until it is true or `timeoutMs` passed. */
async function waitFor(predicate, timeoutMs, what, stepMs = 20) {
  const deadline = performance.now() + timeoutMs;
  while (!(await predicate())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(stepMs);
  }
}

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`check '${name}' timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function patternBytes(length) {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = i & 255;
  return bytes;
}

async function echoAndCompare(length) {
  const sent = patternBytes(length);
  const result = await invoke('echoBytes', sent);
  assert(result instanceof ArrayBuffer, `expected an ArrayBuffer, got ${show(result)}`);
  assertEqual(result.byteLength, length, 'byteLength');
  const got = new Uint8Array(result);
  for (let i = 0; i < length; i++) {
    if (got[i] !== sent[i]) throw new Error(`byte ${i} differs: expected ${sent[i]}, got ${got[i]}`);
  }
}

function cefQueryPing() {
  return new Promise((resolve, reject) => {
    window.cefQuery({
      request: 'jtauri:ping',
      persistent: false,
      onSuccess: resolve,
      onFailure: (code, message) => reject(new Error(`cefQuery failed (${code}): ${message}`)),
    });
  });
}

// ----------------------------------------------------------------- checks

async function invokeArgs() {
  assertEqual(await invoke('greet', { name: 'Ada' }), 'Hello, Ada!', 'greet');
  assertEqual(await invoke('add', { a: 2, b: 3 }), 5, 'add');
}

async function invokeRawSmall() {
  await echoAndCompare(1024);
}

async function invokeRawLarge() {
  await echoAndCompare(1024 * 1024);
}

// Bytes that differ from one range of a ticket to the next at any offset, as Java's pattern().
function rangePattern(length) {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i ^ (i >> 8) ^ (i >> 16)) & 255;
  return bytes;
}

function assertSameBytes(buffer, expected, what) {
  assert(buffer instanceof ArrayBuffer, `${what}: expected an ArrayBuffer, got ${show(buffer)}`);
  const got = new Uint8Array(buffer);
  assertEqual(got.length, expected.length, `${what} byteLength`);
  for (let i = 0; i < got.length; i++) {
    if (got[i] !== expected[i]) throw new Error(`${what}: byte ${i} differs: expected ${expected[i]}, got ${got[i]}`);
  }
}

// Bytes large enough to be fetched in ranges side by side, with a last range shorter than the
// others: a round trip by fetch, a result of a JSON invoke, a channel message. The page's fetch
// is watched to see the ranges go out.
async function invokeRawRanged() {
  const fetched = [];
  const pageFetch = window.fetch;
  window.fetch = (input, init) => {
    fetched.push(String(input));
    return pageFetch(input, init);
  };
  try {
    await rangedTransfers();
  } finally {
    window.fetch = pageFetch;
  }
  // 4 ranges for the 9 MB result, 2 each for the 5 MB ones, and no ticket fetched whole.
  const ranges = fetched.filter((url) => /\/__jtauri\/response\/[0-9a-f]{32}\/\d+\/\d+$/.test(url));
  assertEqual(ranges.length, 8, `ranged fetches (${fetched.join(', ')})`);
  assertEqual(fetched.filter((url) => /\/__jtauri\/response\/[0-9a-f]{32}$/.test(url)).length, 0, 'whole fetches');
}

async function rangedTransfers() {
  const sent = rangePattern(9 * 1024 * 1024 + 3);
  assertSameBytes(await invoke('echoBytes', sent), sent, 'echoBytes');
  const length = 5 * 1024 * 1024 + 1;
  const expected = rangePattern(length);
  assertSameBytes(await invoke('patternBytes', { length }), expected, 'patternBytes');
  let message = null;
  const onChunk = new Channel();
  onChunk.onmessage = (chunk) => { message = chunk; };
  await invoke('sendPatternBytes', { length, onChunk });
  await waitFor(() => message !== null, 10000, 'the channel message');
  assertSameBytes(message, expected, 'channel message');
}

// Over the app's limit (16 MB here): refused unread, and the next call works.
async function invokeRawOverLimit() {
  const err = await expectRejection(invoke('echoBytes', new Uint8Array(17 * 1024 * 1024)), 'echoBytes of 17 MB');
  assert(typeof err === 'string' && err.includes('tauri.ipc.max-payload-size'), `unexpected rejection: ${show(err)}`);
  const sent = rangePattern(5 * 1024 * 1024);
  assertSameBytes(await invoke('echoBytes', sent), sent, 'echoBytes after the refusal');
}

// Calls started in one task go as one batch (two here: the long name overflows the first, and
// its answer, over a megabyte, comes alone); each gets its own answer of its own kind, errors
// included, and a command name with a batch separator in it goes alone.
async function invokeBatched() {
  const names = Array.from({ length: 300 }, (_, i) => 'n' + i);
  const longName = 'x'.repeat(1_040_000);
  const ticketLength = 100 * 1024;
  const rejected = (promise) => promise.then((value) => ({ resolved: value }), (error) => ({ rejected: error }));
  const [greetings, long, sum, echoed, large, failed, coded, unknown, control, header, after] = await Promise.all([
    Promise.all(names.map((name) => invoke('greet', { name }))),
    invoke('greet', { name: longName }),
    invoke('add', { a: 2, b: 3 }),
    invoke('echoBytes', patternBytes(1024)),
    invoke('patternBytes', { length: ticketLength }),
    rejected(invoke('failWith', { message: 'nope' })),
    rejected(invoke('failWithCode')),
    rejected(invoke('noSuchCommand')),
    rejected(invoke('no\u001dSuchCommand')),
    invoke('headerValue', {}, { headers: { 'x-test': 'batched' } }),
    invoke('greet', { name: 'last' }),
  ]);
  assertEqual(greetings, names.map((name) => `Hello, ${name}!`), 'greetings');
  assertEqual(long.length, longName.length + 8, 'the long greeting');
  assertEqual(sum, 5, 'add');
  assertSameBytes(echoed, patternBytes(1024), 'echoBytes');
  assertSameBytes(large, rangePattern(ticketLength), 'patternBytes');
  assertEqual(failed, { rejected: 'nope' }, 'failWith');
  assertEqual(coded, { rejected: { message: 'quota exceeded', code: 'QUOTA', data: { limit: 3 } } }, 'failWithCode');
  assert(String(unknown.rejected).includes("unknown command 'noSuchCommand'"), `unexpected: ${show(unknown)}`);
  assert(String(control.rejected).includes('SuchCommand'), `unexpected: ${show(control)}`);
  assertEqual(header, 'batched', 'headerValue');
  assertEqual(after, 'Hello, last!', 'the call after the long one');
}

// The answers to calls started together come in the window's message stream, after the events
// their commands emitted first.
// An AbortSignal rejects the call at once with an AbortError and calls off its work in Java,
// whether the call went alone, in a batch, or by fetch (a large raw body).
async function invokeAbort() {
  // Java holds each of these calls for 30 s unless it is called off: a rejection before that is
  // the page's own, at the abort.
  const expectAborted = async (promise, controller, what) => {
    await sleep(150);
    controller.abort();
    const error = await expectRejection(promise, what);
    assert(error instanceof DOMException && error.name === 'AbortError', `${what}: rejected with ${show(error)}`);
  };
  const alone = new AbortController();
  await expectAborted(invoke('waitForAbort', { key: 'alone' }, { signal: alone.signal }), alone, 'a call alone');
  const batched = new AbortController();
  const [aborted, other] = [invoke('waitForAbort', { key: 'batched' }, { signal: batched.signal }),
    invoke('greet', { name: 'beside' })];
  await expectAborted(aborted, batched, 'a call of a batch');
  assertEqual(await other, 'Hello, beside!', 'the call beside the aborted one');
  const fetched = new AbortController();
  await expectAborted(invoke('waitForAbortWithBytes', patternBytes(100 * 1024), {
    headers: { key: 'fetched' }, signal: fetched.signal }), fetched, 'a call by fetch');
  for (const key of ['alone', 'batched', 'fetched']) {
    await waitFor(() => invoke('wasInterrupted', { key }), 5000, `the Java side of '${key}' interrupted`);
  }
  const early = new AbortController();
  early.abort();
  const error = await expectRejection(invoke('greet', { name: 'never' }, { signal: early.signal }), 'an aborted signal');
  assert(error.name === 'AbortError', `an aborted signal: rejected with ${show(error)}`);
}

async function invokeTimeout() {
  const error = await expectRejection(invoke('sleepPastTimeout'), 'a call past its timeout');
  assertEqual(error, "command 'sleepPastTimeout' did not answer within 300 ms, so its work was cancelled "
    + '(@TauriCommand(timeout), tauri.ipc.command-timeout)', 'the rejection');
  await waitFor(() => invoke('wasInterrupted', { key: 'timeout' }), 5000, 'the timed-out command interrupted');
}

async function invokeBatchedAfterEvents() {
  const heard = [];
  const unlisten = await listen('batched-order', (event) => heard.push(event.payload));
  try {
    const order = [];
    await Promise.all([0, 1, 2].map((i) => invoke('emitBack', { event: 'batched-order', payload: i })
      .then(() => order.push([i, heard.includes(i)]))));
    assertEqual(order.filter(([, seen]) => !seen), [], 'calls answered before their event');
  } finally {
    unlisten();
  }
}

// JSON from Java is parsed as data, never run as code: a "__proto__" key stays a key, in an
// event's payload and in the answers to calls started together.
async function jsonProtoKey() {
  const payload = JSON.parse('{"__proto__":{"polluted":true},"a":1}');
  const isData = (value) => deepEqual(Object.keys(value), ['__proto__', 'a']) && value.polluted === undefined;
  let heard = null;
  const unlisten = await listen('proto-event', (event) => { heard = event.payload; });
  try {
    await invoke('emitBack', { event: 'proto-event', payload });
    await waitFor(() => heard !== null, 5000, 'the event');
    assert(isData(heard), `the event's payload: keys ${show(Object.keys(heard))}`);
    await emit('page-event', payload);
    let answers = [];
    await waitFor(async () => {
      answers = await Promise.all([invoke('lastHeard'), invoke('lastHeard')]);
      return answers.every((answer) => answer !== null && typeof answer === 'object' && 'a' in answer);
    }, 5000, 'lastHeard() to give the payload', 50);
    assert(answers.every(isData), `batched answers: keys ${show(answers.map((answer) => Object.keys(answer)))}`);
  } finally {
    unlisten();
  }
}

async function invokeErrorString() {
  const err = await expectRejection(invoke('failWith', { message: 'nope' }), 'failWith');
  assertEqual(err, 'nope', 'rejection');
}

async function invokeErrorObject() {
  const err = await expectRejection(invoke('failWithCode'), 'failWithCode');
  assertEqual(err, { message: 'quota exceeded', code: 'QUOTA', data: { limit: 3 } }, 'rejection');
}

async function invokeUnknownCommand() {
  const err = await expectRejection(invoke('noSuchCommand'), 'noSuchCommand');
  assert(typeof err === 'string', `expected a string rejection, got ${show(err)}`);
  assert(err.includes("unknown command 'noSuchCommand'"), `unexpected rejection: ${err}`);
}

async function invokeBadArgs() {
  const err = await expectRejection(invoke('add', { a: 'x', b: 1 }), 'add');
  assert(typeof err === 'string', `expected a string rejection, got ${show(err)}`);
  assert(err.includes("invalid argument 'a'"), `unexpected rejection: ${err}`);
}

// Arguments nested deeper than tauri.ipc.max-nesting-depth (500 here) are refused by the bridge as
// it serializes them, with the message Java would give, rather than overflow the page's stack in
// JSON.stringify; shallower ones reach the command whole.
async function invokeDeepArgs() {
  const nested = (depth) => {
    let value = 1;
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  };
  const err = await expectRejection(invoke('nestingDepth', { value: nested(3000) }), 'a 3000-deep argument');
  assertEqual(err, 'invoke refused: the arguments nest deeper than 500 levels (tauri.ipc.max-nesting-depth)',
    'the rejection');
  assertEqual(await invoke('nestingDepth', { value: nested(50) }), 50, 'the depth Java got');
  assertEqual(await invoke('nestingDepth', { value: nested(499) }), 499, 'the depth Java got at the limit');
}

async function invokeHeaders() {
  const value = await invoke('headerValue', {}, { headers: { 'x-test': 'hello' } });
  assertEqual(value, 'hello', 'headerValue');
}

async function channelOrdered() {
  const count = 200;
  const received = [];
  const onEvent = new Channel();
  onEvent.onmessage = (message) => received.push(message);
  const result = await invoke('stream', { count, onEvent });
  assertEqual(result, count, 'stream result');
  // Channel messages and the command response travel separately: give stragglers a moment.
  await waitFor(() => received.length >= count, 5000, `${count} channel messages (have ${received.length})`);
  await sleep(100);
  assertEqual(received.length, count, 'message count');
  for (let i = 0; i < count; i++) assertEqual(received[i], { index: i }, `message ${i}`);
}

async function eventJavaToPage() {
  const calls = [];
  const unlisten = await listen('from-java', (event) => calls.push(event));
  try {
    await invoke('emitBack', { event: 'from-java', payload: { n: 1 } });
    await waitFor(() => calls.length >= 1, 5000, "the 'from-java' event");
    assertEqual(calls[0].event, 'from-java', 'event name');
    assertEqual(calls[0].payload, { n: 1 }, 'payload');
  } finally {
    await unlisten();
  }
  const before = calls.length;
  await invoke('emitBack', { event: 'from-java', payload: { n: 2 } });
  await sleep(300);
  assertEqual(calls.length, before, 'handler calls after unlisten');
}

async function eventOnce() {
  const calls = [];
  await once('once-event', (event) => calls.push(event));
  await invoke('emitBack', { event: 'once-event', payload: 1 });
  await waitFor(() => calls.length >= 1, 5000, "the first 'once-event'");
  await invoke('emitBack', { event: 'once-event', payload: 2 });
  await sleep(300);
  assertEqual(calls.length, 1, 'handler calls');
  assertEqual(calls[0].payload, 1, 'payload');
}

async function eventPageToJava() {
  const expected = { hello: 'java' };
  await emit('page-event', expected);
  let last;
  await waitFor(async () => deepEqual((last = await invoke('lastHeard')), expected), 5000,
    `lastHeard() to equal ${show(expected)} (last: ${show(last)})`, 50);
}

async function eventEmitToLabel() {
  const label = await invoke('windowLabel');
  const received = [];
  const unlisten = await getCurrentWebviewWindow().listen('labelled', (event) => received.push(event.payload));
  try {
    await emitTo(label, 'labelled', 'mine');
    await waitFor(() => received.length >= 1, 5000, `'labelled' emitted to '${label}'`);
    await emitTo('some-other-window', 'labelled', 'theirs');
    await sleep(300);
    assertEqual(received, ['mine'], 'payloads received');
  } finally {
    await unlisten();
  }
}

async function pyinvoke() {
  assertEqual(await pyInvoke('greet', { name: 'Py' }), 'Hello, Py!', 'pyInvoke greet');
}

async function metadata() {
  const label = await invoke('windowLabel');
  assertEqual(getCurrentWebviewWindow().label, label, 'getCurrentWebviewWindow().label');
}

async function timing() {
  const n = 500;
  for (let i = 0; i < 50; i++) assertEqual(await invoke('ping'), 'pong', 'warm-up ping');

  let t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const r = await invoke('ping');
    if (r !== 'pong') throw new Error(`invoke ping #${i} returned ${show(r)}`);
  }
  const invokeMs = (performance.now() - t0) / n;

  assert(typeof window.cefQuery === 'function', 'window.cefQuery is not available');
  t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const r = await cefQueryPing();
    if (r !== 'pong') throw new Error(`cefQuery ping #${i} returned ${show(r)}`);
  }
  const cefQueryMs = (performance.now() - t0) / n;

  const round = (x) => Math.round(x * 1000) / 1000;
  return JSON.stringify({ invokeMs: round(invokeMs), cefQueryMs: round(cefQueryMs) });
}

// ---------------------------------------------------- checks added by jtauri

async function channelRaw() {
  const chunks = [];
  const onChunk = new Channel();
  onChunk.onmessage = (chunk) => chunks.push(chunk);
  const count = await invoke('streamBytes', { onChunk });
  assertEqual(count, 3, 'streamBytes result');
  for (let waited = 0; chunks.length < 3 && waited < 5000; waited += 20) await sleep(20);
  assert(chunks.length === 3, `expected 3 chunks, got ${chunks.length}`);
  assert(chunks.every((c) => c instanceof ArrayBuffer), 'every chunk is an ArrayBuffer');
  assertEqual(Array.from(new Uint8Array(chunks[0])), [1, 2], 'first chunk');
  assertEqual(Array.from(new Uint8Array(chunks[1])), [3], 'second chunk');
  const big = new Uint8Array(chunks[2]);
  assert(big.length === 100_000 && big.every((b, i) => b === (i & 255)), 'large chunk of 100000 bytes i&255');
}

// The header form of plugin:event|emit that newer @tauri-apps/api releases use for emit2().
async function emitWithHeaders() {
  await invoke('plugin:event|emit', { via: 'emit2' }, { headers: { 'Tauri-Event-Name': 'page-event' } });
  for (let waited = 0; waited < 5000; waited += 50) {
    if (deepEqual(await invoke('lastHeard'), { via: 'emit2' })) return;
    await sleep(50);
  }
  throw new Error('Java did not hear the emit2 payload');
}

async function globalTauri() {
  const tauri = window.__TAURI__;
  assert(tauri && tauri.core && tauri.event, 'window.__TAURI__ has core and event');
  assertEqual(await tauri.core.invoke('greet', { name: 'Global' }), 'Hello, Global!', 'window.__TAURI__.core.invoke');
  let heard = null;
  const unlisten = await tauri.event.listen('global-event', (e) => { heard = e.payload; });
  await invoke('emitBack', { event: 'global-event', payload: 7 });
  for (let waited = 0; heard === null && waited < 5000; waited += 20) await sleep(20);
  unlisten();
  assertEqual(heard, 7, 'window.__TAURI__.event.listen payload');
  assertEqual(await tauri.pytauri.pyInvoke('greet', { name: 'GlobalPy' }), 'Hello, GlobalPy!', 'window.__TAURI__.pytauri.pyInvoke');
}

async function assets() {
  const script = await fetch('/app.js');
  assert(script.ok, `app.js status ${script.status}`);
  assertEqual(script.headers.get('content-type'), 'text/javascript', 'app.js content type');
  assertEqual((await fetch('/no-such-file.js')).status, 404, 'unknown path');
  assertEqual((await fetch('/%2e%2e/%2e%2e/etc/passwd')).status, 404, 'encoded traversal');
  assertEqual((await fetch('/..%2f..%2fpom.xml')).status, 404, 'encoded slash traversal');
  const page = await (await fetch('/index.html')).text();
  assert(/<script src="\/__jtauri\/bridge\.js\?n=[0-9a-f]{32}"><\/script>/.test(page), 'the bridge is put first in HTML');
  assertEqual((await fetch('/__jtauri/bridge.js')).status, 403, 'the bridge without a nonce');
}

async function iframe() {
  const result = new Promise((resolve) => {
    window.addEventListener('message', (event) => {
      if (event.data && event.data.jtauriFrame) resolve(event.data.jtauriFrame);
    });
  });
  const frame = document.createElement('iframe');
  frame.src = '/frame.html';
  document.body.append(frame);
  const seen = await result;
  frame.remove();
  assertEqual(seen.events, ['to the frame'], 'events heard in the iframe');
  assertEqual(seen.messages, [0, 1, 2], 'channel messages received in the iframe');
  assertEqual(seen.greetings, ['Hello, a!', 'Hello, b!', 'Hello, c!'], 'batched calls of the iframe');
}

// Needs the app's second window, labelled "second" (second.html): emitTo reaches it, by label.
async function emitToSecondWindow() {
  let heard = null;
  const mine = [];
  const unlisten = await listen('second-heard', (event) => { heard = event.payload; });
  const unlistenMine = await getCurrentWebviewWindow().listen('to-second', (event) => mine.push(event.payload));
  try {
    for (let i = 0; heard === null && i < 50; i++) {
      await emitTo('second', 'to-second', i);
      await sleep(200);
    }
    assert(heard !== null, 'the second window heard nothing');
    assertEqual(heard.label, 'second', 'label of the window that heard');
    assertEqual(mine, [], 'what this window heard of an event for "second"');
  } finally {
    unlisten();
    unlistenMine();
  }
}

// Bytes that are not UTF-8, sent by fetch (64 KiB and more) to a command of named JSON arguments,
// which reads raw bytes as UTF-8 JSON: each is refused at its first bad byte, none read as the
// character it imitates (an overlong '/' or NUL, a code point beyond U+10FFFF). A command name that
// the bridge percent-encodes for the fetch comes back whole in the rejection, one with a lone
// surrogate as by cefQuery, and an ordinary call still answers.
async function fetchInvalidUtf8() {
  const encoder = new TextEncoder();
  const before = encoder.encode(' '.repeat(64 * 1024) + '{"name":"ab');
  const after = encoder.encode('cd"}');
  const sequences = {
    'a byte that never occurs': [0xff],
    'a lone continuation byte': [0x80],
    "an overlong '/'": [0xc0, 0xaf],
    'an overlong NUL': [0xc0, 0x80],
    'an encoded surrogate': [0xed, 0xa0, 0x80],
    'a code point beyond U+10FFFF': [0xf4, 0x90, 0x80, 0x80],
    'a sequence cut short': [0xe2, 0x82],
  };
  for (const [what, bad] of Object.entries(sequences)) {
    const body = new Uint8Array(before.length + bad.length + after.length);
    body.set(before);
    body.set(bad, before.length);
    body.set(after, before.length + bad.length);
    const err = await expectRejection(invoke('greet', body), `greet given ${what}`);
    assertEqual(err, `command 'greet': the body is not valid JSON (at line 1, column ${before.length + 1})`,
      `the rejection of ${what}`);
  }
  const garbage = 'no such command: 100% /../x?y=1#z \u0000\u001e\u001d é中😀 plugin:x|y';
  const unknown = await expectRejection(invoke(garbage, new Uint8Array(64 * 1024)), 'a garbage command by fetch');
  assert(typeof unknown === 'string' && unknown.startsWith(`unknown command '${garbage}'`),
    `the rejection of a garbage command: ${show(unknown)}`);
  // A lone surrogate, which no URL can hold, is answered as cefQuery answers it: as U+FFFD.
  for (const size of [16, 64 * 1024]) {
    const lone = await expectRejection(invoke('\ud800lone', new Uint8Array(size)), `a lone surrogate in ${size} bytes`);
    assert(typeof lone === 'string' && lone.startsWith("unknown command '\ufffdlone'"),
      `the rejection of a lone surrogate's command in ${size} bytes: ${show(lone)}`);
  }
  assertEqual(await invoke('greet', { name: 'after' }), 'Hello, after!', 'a call after them');
}

check('invoke-args', invokeArgs);
check('invoke-raw-small', invokeRawSmall);
check('invoke-raw-large', invokeRawLarge);
check('invoke-raw-ranged', invokeRawRanged);
check('invoke-raw-over-limit', invokeRawOverLimit);
check('fetch-invalid-utf8', fetchInvalidUtf8);
check('invoke-batched', invokeBatched);
check('invoke-batched-after-events', invokeBatchedAfterEvents);
check('json-proto-key', jsonProtoKey);
check('invoke-error-string', invokeErrorString);
check('invoke-error-object', invokeErrorObject);
check('invoke-unknown-command', invokeUnknownCommand);
check('invoke-bad-args', invokeBadArgs);
check('invoke-deep-args', invokeDeepArgs);
check('invoke-headers', invokeHeaders);
check('channel-ordered', channelOrdered);
check('event-java-to-page', eventJavaToPage);
check('event-once', eventOnce);
check('event-page-to-java', eventPageToJava);
check('event-emit-to-label', eventEmitToLabel);
check('pyinvoke', pyinvoke);
check('metadata', metadata);
check('channel-raw', channelRaw);
check('event-emit-headers', emitWithHeaders);
check('global-tauri', globalTauri);
check('assets', assets);
check('iframe', iframe);
check('event-emit-to-second-window', emitToSecondWindow);
check('invoke-abort', invokeAbort);
check('invoke-timeout', invokeTimeout);
check('timing', timing, TIMING_TIMEOUT_MS);

// ----------------------------------------------------------------- runner

async function report(name, ok, detail) {
  log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ': ' + detail : ''}`);
  await invoke('report', { name, ok, detail });
}

async function run() {
  let passed = 0;
  let failed = 0;
  try {
    // The first IPC of the page: Java notes how long after the JVM's start it came.
    await invoke('pageLoaded');
    for (const { name, fn, timeoutMs } of checks) {
      let ok = true;
      let detail = '';
      try {
        const result = await withTimeout(Promise.resolve().then(fn), timeoutMs, name);
        if (typeof result === 'string') detail = result;
      } catch (err) {
        ok = false;
        detail = describe(err);
      }
      if (ok) passed++;
      else failed++;
      await report(name, ok, detail);
    }
  } catch (err) {
    failed++;
    log(`unexpected: ${describe(err)}`);
    try {
      await report('unexpected', false, describe(err));
    } catch (err2) {
      log(`could not report 'unexpected': ${describe(err2)}`);
    }
  } finally {
    log(`${passed} passed, ${failed} failed`);
    try {
      await invoke('done', { passed, failed });
    } catch (err) {
      log(`could not call done: ${describe(err)}`);
    }
  }
}

run();
