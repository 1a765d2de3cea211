// jtauri resizable test page: puts the window at a size and a place, then makes it fixed-size and
// resizable again, back to back and one step at a time. After each step, once the window has held
// still, it reports what its getters say; the Java test checks the X11 window from outside.

import { invoke } from '@tauri-apps/api/core';
import { getCurrentWindow } from '@tauri-apps/api/window';
import { LogicalSize, LogicalPosition } from '@tauri-apps/api/dpi';

const win = getCurrentWindow();

async function state() {
  return {
    innerSize: await win.innerSize(),
    outerSize: await win.outerSize(),
    innerPosition: await win.innerPosition(),
    outerPosition: await win.outerPosition(),
    resizable: await win.isResizable()
  };
}

// The window manager answers on its own time: a step is over once the window, resizable or not as
// asked, has kept the same size and place for half a second, whatever they are.
async function still(resizable) {
  const deadline = Date.now() + 10_000;
  let last = null;
  let since = Date.now();
  for (;;) {
    const now = await state();
    const seen = JSON.stringify(now);
    if (seen !== last) {
      last = seen;
      since = Date.now();
    } else if (now.resizable === resizable && Date.now() - since >= 500) {
      return now;
    }
    if (Date.now() > deadline) {
      throw new Error('the window did not hold still; last seen: ' + seen);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function checkpoint(name, data) {
  await invoke('checkpoint', { name, data });
}

async function run() {
  await win.setSize(new LogicalSize(700, 500));
  await win.setPosition(new LogicalPosition(150, 100));
  await checkpoint('placed', await still(true));

  // As an app toggles it: both calls at once, the window manager not yet done with the first.
  await win.setResizable(false);
  await win.setResizable(true);
  await checkpoint('toggled', await still(true));

  for (let round = 1; round <= 2; round++) {
    await win.setResizable(false);
    await checkpoint('fixed-' + round, await still(false));
    await win.setResizable(true);
    await checkpoint('resizable-' + round, await still(true));
  }
}

run().catch((e) => invoke('checkpoint', { name: 'failed', data: { error: String(e && e.stack || e) } }));
