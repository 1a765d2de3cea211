// The suite over jtauri, as a Tauri frontend talks to its backend: @tauri-apps/api, unchanged.
import { Channel, invoke } from '@tauri-apps/api/core'
import { listen } from '@tauri-apps/api/event'
import { runSuite } from './suite.js'

let onTick = () => {}
let listening = null

runSuite({
  echo: (s) => invoke('echo', { s }),
  roundTrip: (bytes) => invoke('round_trip', bytes),
  upload: (bytes) => invoke('upload', bytes),
  download: (n) => invoke('download', { n }),
  events: async (n, onEvent) => {
    listening = listening || listen('tick', (event) => onTick(event.payload))
    await listening
    onTick = onEvent
    await invoke('events', { n })
  },
  channel: (n, onMessage) => invoke('channel', { n, onMessage: new Channel(onMessage) }),
  channelBytes: (n, onMessage) => invoke('channel_bytes', { n, onMessage: new Channel(onMessage) }),
  large: true,
  pss: () => invoke('pss'),
  done: (results) => invoke('done', { results })
})
