// The suite over raw cefQuery, as a bare JCEF app talks to Java: strings, bytes as base64.
import { runSuite } from './suite.js'

function query(request) {
  return new Promise((resolve, reject) => {
    window.cefQuery({
      request,
      persistent: false,
      onSuccess: resolve,
      onFailure: (_code, message) => reject(new Error(message))
    })
  })
}

function toBase64(bytes) {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

function fromBase64(text) {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i)
  }
  return bytes
}

const receivers = { tick: () => {}, bytes: () => {} }
window.__bench = {
  tick: (i) => receivers.tick(i),
  bytes: (text) => receivers.bytes(fromBase64(text))
}

runSuite({
  echo: (s) => query('echo:' + s),
  echoHop: (s) => query('hop:' + s),
  roundTrip: async (bytes) => fromBase64(await query('b64:' + toBase64(bytes))),
  upload: async (bytes) => Number(await query('up:' + toBase64(bytes))),
  download: async (n) => fromBase64(await query('down:' + n)),
  events: (n, onEvent) => {
    receivers.tick = onEvent
    return query('events:' + n)
  },
  channel: null,
  channelBytes: (n, onMessage) => {
    receivers.bytes = onMessage
    return query('bytes:' + n)
  },
  large: false,
  pss: async () => Number(await query('pss')),
  done: (results) => query('done:' + JSON.stringify(results))
})
