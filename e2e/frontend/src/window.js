// jtauri window test page: drives the window through the REAL @tauri-apps/api/window and
// /dpi modules. After each step it calls invoke('checkpoint', {name, data}) with what the
// page sees; the Java test then checks the real X11 window from outside and lets the page go on.

import { invoke } from '@tauri-apps/api/core';
import {
  getCurrentWindow, getAllWindows, availableMonitors, currentMonitor, primaryMonitor, cursorPosition
} from '@tauri-apps/api/window';
import { LogicalSize, LogicalPosition } from '@tauri-apps/api/dpi';
import { sep, delimiter, appDataDir, join, basename, BaseDirectory, resolveResource } from '@tauri-apps/api/path';
import { getName, getVersion, getIdentifier, getTauriVersion } from '@tauri-apps/api/app';
import { Image } from '@tauri-apps/api/image';
import { WebviewWindow, getAllWebviewWindows, getCurrentWebviewWindow } from '@tauri-apps/api/webviewWindow';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { listen } from '@tauri-apps/api/event';

const win = getCurrentWindow();
const seen = { resize: 0, move: 0, focus: 0, blur: 0, lastResize: null, lastMove: null };

function log(line) {
  console.log(line);
  document.getElementById('log').textContent += line + '\n';
}

async function checkpoint(name, data = {}) {
  log('checkpoint ' + name);
  await invoke('checkpoint', { name, data: { ...data, events: { ...seen } } });
}

async function until(what, condition, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error('timed out waiting for ' + what + '; the window: ' + JSON.stringify(await state()));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// The window manager answers each size request on its own time, and AWT reads each answer as it
// comes: a size counts once it has held for half a second.
async function settled(what, condition) {
  let heldSince = null;
  await until(what, async () => {
    if (!(await condition())) {
      heldSince = null;
      return false;
    }
    heldSince = heldSince || Date.now();
    return Date.now() - heldSince >= 500;
  });
}

async function rejection(promise) {
  try {
    await promise;
    return null;
  } catch (e) {
    return String(e);
  }
}

async function state() {
  return {
    title: await win.title(),
    innerSize: await win.innerSize(),
    outerSize: await win.outerSize(),
    innerPosition: await win.innerPosition(),
    outerPosition: await win.outerPosition(),
    scaleFactor: await win.scaleFactor(),
    maximized: await win.isMaximized(),
    minimized: await win.isMinimized(),
    fullscreen: await win.isFullscreen(),
    decorated: await win.isDecorated(),
    resizable: await win.isResizable(),
    visible: await win.isVisible(),
    alwaysOnTop: await win.isAlwaysOnTop()
  };
}

// What the mouse does on the page, in the app's log: the drag test's evidence when it fails.
window.addEventListener('mousedown', (e) => console.log('mousedown', e.button, e.detail, e.target.id, e.clientX,
  e.clientY), true);

async function run() {
  await win.listen('tauri://resize', (e) => { seen.resize++; seen.lastResize = e.payload; });
  await win.listen('tauri://move', (e) => { seen.move++; seen.lastMove = e.payload; });
  await win.listen('tauri://focus', () => { seen.focus++; });
  await win.listen('tauri://blur', () => { seen.blur++; });

  await checkpoint('ready', {
    label: win.label,
    windows: (await getAllWindows()).map((w) => w.label),
    monitors: await availableMonitors(),
    current: await currentMonitor(),
    primary: await primaryMonitor(),
    cursor: await cursorPosition(),
    sep: sep(),
    delimiter: delimiter(),
    ...(await state())
  });

  await win.setTitle('jtauri window renamed');
  await checkpoint('titled', { title: await win.title() });

  await win.setSize(new LogicalSize(640, 480));
  await until('the resize', async () => (await win.innerSize()).width === 640);
  await until('the resize event', async () => seen.lastResize && seen.lastResize.width === 640);
  await checkpoint('resized', await state());

  await win.setPosition(new LogicalPosition(120, 90));
  await until('the move', async () => (await win.outerPosition()).x === 120);
  await until('the move event', async () => seen.lastMove && seen.lastMove.x === 120);
  await checkpoint('moved', await state());

  await win.maximize();
  // The state changes first; the new size follows from the window manager.
  await until('maximized', async () => (await win.isMaximized()) && (await win.innerSize()).width > 640);
  await checkpoint('maximized', await state());

  await win.unmaximize();
  await until('unmaximized', async () => !(await win.isMaximized()) && (await win.innerSize()).width === 640);
  await checkpoint('unmaximized', await state());

  await win.setFullscreen(true);
  await until('fullscreen', async () => (await win.isFullscreen()) && (await win.innerSize()).width === 1280);
  await checkpoint('fullscreen', await state());
  await win.setFullscreen(false);
  await until('not fullscreen', async () => !(await win.isFullscreen()) && (await win.innerSize()).width === 640);

  await win.setAlwaysOnTop(true);
  await checkpoint('on-top', await state());
  await win.setAlwaysOnTop(false);

  await win.setDecorations(false);
  await until('undecorated at its size', async () => (await win.innerSize()).width === 640);
  await checkpoint('undecorated', await state());
  await win.setDecorations(true);
  await until('decorated at its size', async () => (await win.isDecorated()) && (await win.innerSize()).width === 640
    && (await win.outerSize()).width > 640);
  await checkpoint('decorated', await state());

  await win.minimize();
  await until('minimized', () => win.isMinimized());
  await checkpoint('minimized', await state());
  await win.unminimize();
  await until('restored', async () => !(await win.isMinimized()));
  // Chromium takes input again once it shows the page again, as its visibility says.
  const restoredAt = Date.now();
  await until('the page shown again', () => document.visibilityState === 'visible');
  const visibleAfter = Date.now() - restoredAt;

  await checkpoint('unsupported', { skipTaskbar: await rejection(win.setSkipTaskbar(true)) });

  await checkpoint('permissions', {
    notGranted: await rejection(win.setCursorGrab(true)),
    denied: await rejection(win.setAlwaysOnBottom(true)),
    appName: await rejection(invoke('plugin:app|version'))
  });

  // The rest of the window's setters, each checked by its getter or its effect in the page.
  await win.setMinSize(new LogicalSize(500, 400));
  await win.setSize(new LogicalSize(300, 200));
  await settled('the minimum size kept', async () => (await win.innerSize()).width === 500);
  const withMin = await win.innerSize();
  await win.setMinSize(null);
  // Settled before the next step: the window manager answers each request on its own time.
  await win.setSize(new LogicalSize(640, 480));
  await settled('640 x 480 between the steps', async () => (await win.innerSize()).width === 640);
  await win.setMaxSize(new LogicalSize(700, 520));
  await win.setSize(new LogicalSize(900, 700));
  await settled('the maximum size kept', async () => (await win.innerSize()).width === 700);
  const withMax = await win.innerSize();
  await win.setMaxSize(null);
  await win.setSize(new LogicalSize(640, 480));
  await settled('640 x 480 again', async () => (await win.innerSize()).width === 640);
  await win.center();
  await until('centered', async () => Math.abs((await win.outerPosition()).x - (1280 - (await win.outerSize()).width) / 2) <= 1);
  const centered = await win.outerPosition();
  await win.hide();
  await until('hidden', async () => !(await win.isVisible()));
  await checkpoint('window-hidden');
  await win.show();
  await until('shown', () => win.isVisible());
  await win.setResizable(false);
  await checkpoint('not-resizable', { resizable: await win.isResizable() });
  await win.setResizable(true);
  // The frame keeps its borders, and the content area its size and place.
  await until('resizable again, framed', async () => (await win.isResizable())
    && (await win.outerSize()).width > (await win.innerSize()).width && (await win.innerSize()).width === 640);
  const afterResizable = { inner: await win.innerSize(), outer: await win.outerSize() };
  // Whether the window manager gives the focus is its own rule (openbox refuses an app's request
  // with no user input behind it): the call is checked to be accepted and run.
  const setFocus = await rejection(win.setFocus());
  const icon = await Image.new(new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255]), 2, 2);
  await win.setIcon(icon);
  await win.setCursorVisible(false);
  const cursorHidden = getComputedStyle(document.body).cursor;
  await win.setCursorVisible(true);
  const themes = [];
  const unlistenTheme = await win.onThemeChanged((event) => themes.push(event.payload));
  await win.setTheme('dark');
  await until('the dark theme', async () => matchMedia('(prefers-color-scheme: dark)').matches);
  const theme = await win.theme();
  await until('the theme event', async () => themes.length === 1);
  await win.setTheme(null);
  await until('the theme event back to light', async () => themes.length === 2);
  unlistenTheme();
  await win.setEnabled(false);
  const disabled = !(await win.isEnabled());
  await win.setEnabled(true);
  await getCurrentWebview().setZoom(1.5);
  await until('the zoom', async () => window.devicePixelRatio === 1.5);
  await getCurrentWebview().setZoom(1);
  await until('no zoom', async () => window.devicePixelRatio === 1);
  localStorage.setItem('jtauri-e2e', 'kept?');
  await getCurrentWebview().clearAllBrowsingData();
  // Chromium clears the stored data, then the page's own copy of it, a moment later.
  await until('the page storage cleared', async () => localStorage.getItem('jtauri-e2e') === null);
  const storageAfterClear = localStorage.getItem('jtauri-e2e');
  const pixels = await icon.rgba();
  await checkpoint('setters', {
    withMin, withMax, centered, afterResizable, setFocus, cursorHidden, theme, themes, disabled, storageAfterClear,
    iconSize: await icon.size(), iconPixels: Array.from(pixels).slice(0, 4),
    appDataDir: await appDataDir(), joined: await join('a', 'b', 'c.txt'), base: await basename('/x/y/z.txt', '.txt'),
    resource: await resolveResource('data.json'), name: await getName(), version: await getVersion(),
    identifier: await getIdentifier(), tauriVersion: await getTauriVersion(), outerSize: await win.outerSize()
  });

  // The test presses the mouse on the drag region and moves it, then double-clicks there.
  const region = document.getElementById('drag').getBoundingClientRect();
  const inner = await win.innerPosition();
  // The content area's place: what the pointer moves, whatever AWT believes of the borders.
  const before = await win.innerPosition();
  await checkpoint('drag-ready', {
    visibleAfter,
    press: { x: inner.x + Math.round(region.left + 200), y: inner.y + Math.round(region.top + region.height / 2) },
    innerPosition: before
  });
  await until('the drag', async () => (await win.innerPosition()).x === before.x + 100);
  await checkpoint('dragged', await state());
  await until('the double click', async () => (await win.isMaximized()) && (await win.innerSize()).width > 640);
  await checkpoint('double-clicked', await state());
  await win.unmaximize();
  await until('unmaximized again', async () => !(await win.isMaximized()) && (await win.innerSize()).width === 640);

  const created = [];
  await listen('tauri://window-created', (e) => created.push(e.payload.label));
  const settings = new WebviewWindow('settings', {
    url: 'plain.html', title: 'jtauri settings', width: 420, height: 300, x: 700, y: 100, resizable: false
  });
  await new Promise((resolve, reject) => {
    settings.once('tauri://created', resolve);
    settings.once('tauri://error', (e) => reject(new Error(String(e.payload))));
  });
  const duplicate = await new Promise((resolve) => {
    const again = new WebviewWindow('settings', { url: 'plain.html' });
    again.once('tauri://created', () => resolve('created twice'));
    again.once('tauri://error', (e) => resolve(String(e.payload)));
  });
  await invoke('openWindowFromJava', { label: 'from-java', title: 'jtauri from java' });
  await until('both new windows', async () => (await getAllWebviewWindows()).length === 3);
  await until('the window-created events', async () => created.length === 2);
  // The window manager frames a new window on its own time.
  await until('the settings window framed at its size', async () => (await settings.innerSize()).width === 420);
  await checkpoint('windows', {
    labels: (await getAllWebviewWindows()).map((w) => w.label).sort(),
    created: created.sort(),
    duplicate,
    settingsSize: await settings.innerSize(),
    settingsResizable: await settings.isResizable(),
    fromJava: await (await WebviewWindow.getByLabel('from-java')).title()
  });
  const hidden = new WebviewWindow('hidden', { url: 'hidden.html', title: 'jtauri hidden', visible: false });
  await new Promise((resolve, reject) => {
    hidden.once('tauri://created', resolve);
    hidden.once('tauri://error', (e) => reject(new Error(String(e.payload))));
  });
  await checkpoint('hidden', { visible: await hidden.isVisible() });
  await hidden.show();
  await until('the hidden window shown', () => hidden.isVisible());
  await checkpoint('shown', { visible: await hidden.isVisible() });
  await hidden.destroy();

  await settings.close();
  await (await WebviewWindow.getByLabel('from-java')).destroy();
  await until('the new windows gone', async () => (await getAllWebviewWindows()).length === 1);
  await checkpoint('windows-closed', { labels: (await getAllWebviewWindows()).map((w) => w.label) });

  // A file dragged from another app onto the page: the webview's drag-and-drop events.
  const drops = [];
  const unlistenDrops = await getCurrentWebview().onDragDropEvent((event) => drops.push(event.payload));
  const target = await win.innerPosition();
  const size = await win.innerSize();
  await checkpoint('drop-ready', { center: { x: target.x + size.width / 2, y: target.y + size.height / 2 } });
  await until('the drop', async () => drops.some((drop) => drop.type === 'drop'));
  unlistenDrops();
  await checkpoint('dropped', {
    types: [...new Set(drops.map((drop) => drop.type))],
    paths: drops.find((drop) => drop.type === 'drop').paths,
    enterPaths: drops.find((drop) => drop.type === 'enter').paths,
    position: drops.find((drop) => drop.type === 'drop').position,
    size
  });


  // As most Tauri apps hold a close: through the webview window, which listens as a WebviewWindow.
  let closeRequests = 0;
  await getCurrentWebviewWindow().onCloseRequested(async (event) => {
    closeRequests++;
    if (closeRequests === 1) {
      event.preventDefault();
      await checkpoint('close-held', { closeRequests });
    }
  });
  await checkpoint('ready-to-close');
}

run().catch((e) => invoke('checkpoint', { name: 'failed', data: { error: String(e && e.stack || e) } }));
