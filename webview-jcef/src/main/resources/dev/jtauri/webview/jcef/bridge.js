// The jtauri bridge: window.__TAURI_INTERNALS__ as Tauri 2's @tauri-apps/api and
// tauri-plugin-pytauri-api call it, plus window.__TAURI__ for pages without a bundler.
// Served as /__jtauri/bridge.js and loaded by a <script> the asset protocol puts first in every
// HTML page of the app's origin, so it runs before any page script.
;(function () {
  'use strict'
  if (window.__TAURI_INTERNALS__) {
    return
  }

  const LABEL = __LABEL__
  const TOKEN = __TOKEN__
  const RAW_INLINE_LIMIT = __RAW_INLINE_LIMIT__
  const RANGE_MIN = __RANGE_MIN__
  const RANGES = __RANGES__
  const MAX_NESTING_DEPTH = __MAX_NESTING_DEPTH__
  const PATH_SEP = __PATH_SEP__
  const PATH_DELIMITER = __PATH_DELIMITER__
  const IPC_PATH = '/__jtauri/ipc/'
  const RESPONSE_PATH = '/__jtauri/response/'
  const SERIALIZE_TO_IPC_FN = '__TAURI_TO_IPC_KEY__'
  // Captured now, so a page script cannot swap the transport later.
  const cefQuery = window.cefQuery
  const cefQueryCancel = window.cefQueryCancel
  const SEPARATOR = '\u001e'
  const ACK = 'jtauri:ack:'
  const CANCEL = 'jtauri:cancel:'
  const EVENTS_MISSED = 'jtauri://events-missed'

  // ---- callbacks: window['_' + id], as Tauri stores them

  function uid() {
    return window.crypto.getRandomValues(new Uint32Array(1))[0]
  }

  function transformCallback(callback, once) {
    const id = uid()
    const prop = '_' + id
    Object.defineProperty(window, prop, {
      value: (result) => {
        if (once) {
          Reflect.deleteProperty(window, prop)
        }
        return callback && callback(result)
      },
      writable: false,
      configurable: true
    })
    return id
  }

  function unregisterCallback(id) {
    Reflect.deleteProperty(window, '_' + id)
  }

  function runCallback(id, data) {
    const callback = window['_' + id]
    if (typeof callback === 'function') {
      callback(data)
    }
  }

  // ---- encoding

  // JSON.stringify recurses, so arguments nested a few thousand deep would overflow the page's
  // stack ("Maximum call stack size exceeded") before Java could refuse them. The depth is counted
  // as it serializes, without recursion of its own: each object's depth is kept against it, and
  // the replacer is called on the object holding a value (its `this`). Past Java's limit
  // (tauri.ipc.max-nesting-depth) the call is refused as Java would refuse it, with a string.
  function toJson(value) {
    const depths = new WeakMap()
    return JSON.stringify(value === undefined ? {} : value, function (_key, v) {
      if (v instanceof Map) {
        v = Object.fromEntries(v.entries())
      } else if (v instanceof Uint8Array) {
        v = Array.from(v)
      } else if (v instanceof ArrayBuffer) {
        v = Array.from(new Uint8Array(v))
      } else if (typeof v === 'object' && v !== null && SERIALIZE_TO_IPC_FN in v) {
        v = v[SERIALIZE_TO_IPC_FN]()
      }
      if (typeof v === 'object' && v !== null) {
        const depth = (depths.get(this) || 0) + 1
        if (depth > MAX_NESTING_DEPTH) {
          throw 'invoke refused: the arguments nest deeper than ' + MAX_NESTING_DEPTH +
            ' levels (tauri.ipc.max-nesting-depth)'
        }
        depths.set(v, depth)
      }
      return v
    })
  }

  function isRaw(args) {
    return args instanceof ArrayBuffer || ArrayBuffer.isView(args) || Array.isArray(args)
  }

  function toBytes(args) {
    if (args instanceof ArrayBuffer) {
      return new Uint8Array(args)
    }
    if (ArrayBuffer.isView(args)) {
      return new Uint8Array(args.buffer, args.byteOffset, args.byteLength)
    }
    return Uint8Array.from(args)
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
    return bytes.buffer
  }

  function headersOf(options) {
    const headers = {}
    if (options && options.headers) {
      new Headers(options.headers).forEach((value, name) => {
        headers[name] = value
      })
    }
    return headers
  }

  // ---- invoke: JSON and small raw bodies over cefQuery, large raw bodies over fetch. The calls
  // a task starts wait for it to end and go together, as one batch, whose answers Java sends as
  // messages; a call alone goes as it is, and its answer comes with its query.

  // Every app frame sees the answers to batches: each takes those to its own, by a key of 53
  // random bits (as many as a number holds exactly).
  const FRAME = (() => {
    const words = window.crypto.getRandomValues(new Uint32Array(2))
    return words[0] * 0x200000 + (words[1] >>> 11)
  })()
  const BATCH_CHARS = 1 << 20
  const CONTROL = /[\u0000-\u001f]/
  const GROUP = '\u001d'
  const UNIT = '\u001f'
  // Calls of batches sent and not yet answered: id -> call
  const batched = new Map()
  let nextId = 1
  // Calls started in this task, sent once it ends; null when none are.
  let waiting = null

  function rejectionOf(message) {
    try {
      return JSON.parse(message)
    } catch (_e) {
      return message
    }
  }

  // What an aborted call rejects with: the signal's reason, an AbortError unless it gave another.
  function abortReason(signal) {
    return signal.reason !== undefined ? signal.reason : new DOMException('The operation was aborted.', 'AbortError')
  }

  // A call's promise settles once: with its answer, or at once with its signal's abort, which
  // also calls it off in Java, wherever it is (waiting for its task to end, in a query of its
  // own, in a batch).
  function settleOnce(call, signal) {
    const resolve = call.resolve
    const reject = call.reject
    let onAbort = null
    const done = () => {
      call.settled = true
      if (onAbort !== null) {
        signal.removeEventListener('abort', onAbort)
      }
    }
    call.resolve = (value) => {
      if (!call.settled) {
        done()
        resolve(value)
      }
    }
    call.reject = (error) => {
      if (!call.settled) {
        done()
        reject(error)
      }
    }
    if (signal) {
      onAbort = () => {
        if (call.settled) {
          return
        }
        call.reject(abortReason(signal))
        callOff(call)
      }
      signal.addEventListener('abort', onAbort)
    }
  }

  function callOff(call) {
    try {
      if (call.queryId !== undefined) {
        cefQueryCancel(call.queryId)
      } else if (call.id !== undefined) {
        batched.delete(call.id)
        cefQuery({ request: CANCEL + FRAME + ':' + call.id, persistent: false, onSuccess() {}, onFailure() {} })
      }
    } catch (e) {
      console.error('jtauri: could not call off an aborted call', e)
    }
  }

  // A command whose name has a control character goes alone: the batch's separators are ones.
  function query(request, alone, signal) {
    return new Promise((resolve, reject) => {
      if (waiting === null) {
        waiting = []
        queueMicrotask(sendWaiting)
      }
      const call = { request, alone, resolve, reject, settled: false }
      settleOnce(call, signal)
      waiting.push(call)
    })
  }

  function sendWaiting() {
    // A call aborted while it waited is not sent at all.
    const calls = waiting.filter((call) => !call.settled)
    waiting = null
    let batch = []
    let chars = 0
    for (const call of calls) {
      if (call.alone || (batch.length > 0 && chars + call.request.length > BATCH_CHARS)) {
        sendBatch(batch)
        batch = []
        chars = 0
      }
      if (call.alone) {
        sendAlone(call)
      } else {
        batch.push(call)
        chars += call.request.length
      }
    }
    sendBatch(batch)
  }

  // A query that cannot even be sent fails its own calls, never the others waiting with them.
  function sendAlone(call) {
    try {
      call.queryId = cefQuery({
        request: call.request,
        persistent: false,
        onSuccess: (text) => {
          try {
            call.resolve(decodeResult(text))
          } catch (e) {
            call.reject(e)
          }
        },
        onFailure: (_code, message) => call.reject(rejectionOf(message))
      })
    } catch (e) {
      call.reject(e)
    }
  }

  function sendBatch(calls) {
    if (calls.length <= 1) {
      if (calls.length === 1) {
        sendAlone(calls[0])
      }
      return
    }
    const ids = []
    let request = GROUP + FRAME
    for (const call of calls) {
      const id = nextId++
      call.id = id
      ids.push(id)
      batched.set(id, call)
      request += GROUP + id + UNIT + call.request
    }
    // The batch was refused as a whole: every call of it that is still open fails with it.
    const refuse = (rejection) => {
      for (const id of ids) {
        const call = batched.get(id)
        if (call !== undefined) {
          batched.delete(id)
          call.reject(rejection)
        }
      }
    }
    try {
      cefQuery({
        request,
        persistent: false,
        onSuccess() {},
        onFailure: (_code, message) => refuse(rejectionOf(message))
      })
    } catch (e) {
      refuse(e)
    }
  }

  // The answer to a call of a batch, as Java sends it.
  function answer(frame, id, kind, value) {
    const call = frame === FRAME ? batched.get(id) : undefined
    if (call === undefined) {
      return
    }
    batched.delete(id)
    if (kind === 'e') {
      call.reject(value)
      return
    }
    try {
      call.resolve(resultOf(kind, value))
    } catch (e) {
      call.reject(e)
    }
  }

  function fetchFailed(response) {
    return new Error('jtauri: a large result could not be fetched (HTTP ' + response.status + ')')
  }

  function fetchBytes(path) {
    return fetch(path).then((response) => response.ok ? response.arrayBuffer() : Promise.reject(fetchFailed(response)))
  }

  // Bytes from..to of a result, read as they stream into its buffer: no copy of the range of
  // its own, and a range that comes short or long is an error, never a hole or an overlap.
  async function fetchRange(path, signal, bytes, from, to) {
    const response = await fetch(path, { signal })
    if (!response.ok) {
      throw fetchFailed(response)
    }
    const reader = response.body.getReader()
    let at = from
    for (;;) {
      const { done, value } = await reader.read()
      if (done) {
        break
      }
      if (at + value.byteLength > to) {
        throw new Error('jtauri: a large result came longer than announced')
      }
      bytes.set(value, at)
      at += value.byteLength
    }
    if (at !== to) {
      throw new Error('jtauri: a large result came shorter than announced')
    }
  }

  // A ticket ('<ticket>:<byte count>') serves its bytes once, within a minute: an error status is
  // a lost result, never its bytes. Large ones come in ranges side by side, which CEF serves
  // faster than one stream.
  function fetchTicket(spec) {
    const [ticket, countText] = spec.split(':')
    const count = Number(countText)
    const ranges = Math.min(RANGES, Math.floor(count / RANGE_MIN))
    if (!(ranges >= 2)) {
      return fetchBytes(RESPONSE_PATH + ticket)
    }
    const bytes = new Uint8Array(count)
    const step = Math.ceil(count / ranges)
    // A range that fails loses the result: the others stop rather than fetch for nothing.
    const abort = new AbortController()
    const parts = []
    for (let from = 0; from < count; from += step) {
      const to = Math.min(count, from + step)
      parts.push(fetchRange(RESPONSE_PATH + ticket + '/' + from + '/' + to, abort.signal, bytes, from, to))
    }
    return Promise.all(parts).then(() => bytes.buffer, (e) => {
      abort.abort()
      throw e
    })
  }

  // The fetches of the tickets Java sent: the page acknowledges a batch only once every one so
  // far has settled, so that bytes still on their way count in what Java may send it.
  const fetching = new Set()

  function tracked(promise) {
    fetching.add(promise)
    const settled = () => fetching.delete(promise)
    promise.then(settled, settled)
    return promise
  }

  // A result as Java sends it: its kind's letter, then its payload (JSON already parsed).
  function resultOf(kind, payload) {
    switch (kind) {
      case 'j':
        return payload
      case 'b':
        return fromBase64(payload)
      case 't':
        return tracked(fetchTicket(payload))
      default:
        throw new Error('jtauri: unexpected response')
    }
  }

  function decodeResult(text) {
    const kind = text.charAt(0)
    const rest = text.substring(1)
    return resultOf(kind, kind === 'j' ? JSON.parse(rest) : rest)
  }

  async function fetchInvoke(cmd, bytes, headers, signal) {
    // A lone surrogate has no UTF-8, so no URL holds it (encodeURIComponent throws 'URI malformed'):
    // it goes as U+FFFD, as cefQuery carries it, and Java answers the same for either transport.
    const response = await fetch(IPC_PATH + encodeURIComponent(String(cmd).toWellFormed()), {
      method: 'POST',
      body: bytes,
      // An abort cancels the request, and CEF's cancel calls the call off in Java.
      signal,
      headers: {
        'Content-Type': 'application/octet-stream',
        'Jtauri-Token': TOKEN,
        'Jtauri-Headers': encodeURIComponent(JSON.stringify(headers))
      }
    })
    if (!response.headers.has('Jtauri-Response')) {
      // Refused before the pipeline (a wrong token), or failed in it: no answer to decode.
      throw new Error('jtauri: invoke of ' + cmd + ' failed (HTTP ' + response.status + ')')
    }
    const outcome = response.headers.get('Jtauri-Response')
    if (outcome === 'ticket') {
      return fetchTicket(await response.text())
    }
    const type = (response.headers.get('content-type') || '').split(';')[0]
    const value = type === 'application/json' ? await response.json() : await response.arrayBuffer()
    if (outcome === 'ok') {
      return value
    }
    throw value
  }

  function send(cmd, args, options) {
    const headers = headersOf(options)
    const signal = options && options.signal
    if (signal && signal.aborted) {
      return Promise.reject(abortReason(signal))
    }
    if (isRaw(args)) {
      const bytes = toBytes(args)
      if (bytes.byteLength >= RAW_INLINE_LIMIT) {
        return fetchInvoke(cmd, bytes, headers, signal)
      }
      return query([TOKEN, cmd, JSON.stringify(headers), 'b', toBase64(bytes)].join(SEPARATOR), CONTROL.test(cmd),
        signal)
    }
    return query([TOKEN, cmd, JSON.stringify(headers), 'j', toJson(args)].join(SEPARATOR), CONTROL.test(cmd), signal)
  }

  // The event plugin's listeners, so unregisterListener can drop a handler: event -> id -> handler
  const pageListeners = {}

  function invoke(cmd, args = {}, options) {
    const result = send(cmd, args, options)
    if (cmd === 'plugin:event|listen' && args && typeof args === 'object') {
      return result.then((eventId) => {
        const byId = pageListeners[args.event] || (pageListeners[args.event] = {})
        byId[eventId] = args.handler
        return eventId
      })
    }
    return result
  }

  function unregisterListener(event, eventId) {
    const byId = pageListeners[event]
    if (byId && eventId in byId) {
      unregisterCallback(byId[eventId])
      delete byId[eventId]
    }
  }

  function convertFileSrc(filePath, protocol = 'asset') {
    return protocol + '://localhost/' + encodeURIComponent(filePath)
  }

  // ---- what Java calls with executeJavaScript

  const receiver = {
    event(event, payload, listeners) {
      for (const [id, handler] of listeners) {
        try {
          runCallback(handler, { event, id, payload })
        } catch (e) {
          console.error('jtauri: a listener of ' + event + ' failed', e)
        }
      }
    },
    // @tauri-apps/api reads the position as `index` since 2.9, as `id` before; both are sent.
    channel(channelId, index, kind, data) {
      // Every app frame is asked; only the one that holds the channel takes the message (and
      // its single-use ticket).
      if (typeof window['_' + channelId] !== 'function') {
        return
      }
      if (kind === 't') {
        // A message whose bytes cannot be fetched ends the channel there, rather than leave it
        // waiting for that index for ever, holding every later message.
        tracked(fetchTicket(data)).then(
          (buffer) => runCallback(channelId, { message: buffer, index, id: index }),
          (e) => {
            console.error('jtauri: message ' + index + ' of channel ' + channelId + ' was lost; the channel ends there', e)
            runCallback(channelId, { end: true, index, id: index })
          })
        return
      }
      runCallback(channelId, { message: kind === 'b' ? fromBase64(data) : data, index, id: index })
    },
    channelEnd(channelId, index) {
      runCallback(channelId, { end: true, index, id: index })
    },
    // Java dropped events for this page rather than hold up the others while it was behind (or
    // hung): its listeners of jtauri://events-missed learn how many.
    missed(count) {
      console.warn('jtauri: this page fell behind and missed ' + count + ' event(s)')
      this.event(EVENTS_MISSED, { count }, Object.entries(pageListeners[EVENTS_MISSED] || {})
        .map(([eventId, handler]) => [Number(eventId), handler]))
    },
    // What Java sent since its previous script, in order: events, channel messages, channel ends,
    // answers to batched calls, and how many events were dropped for this page.
    // Acknowledged once handled when Java asks (a sequence number above 0), and once the bytes of
    // every ticket sent so far have arrived, so that Java sends no more than the page keeps up with.
    // Each message comes as JSON text, parsed here rather than run as code.
    batch(messages, sequence) {
      for (const text of messages) {
        try {
          const message = JSON.parse(text)
          switch (message[0]) {
            case 'e':
              this.event(message[1], message[2], message[3])
              break
            case 'c':
              this.channel(message[1], message[2], message[3], message[4])
              break
            case 'x':
              this.channelEnd(message[1], message[2])
              break
            case 'a':
              answer(message[1], message[2], message[3], message[4])
              break
            case 'm':
              this.missed(message[1])
              break
          }
        } catch (e) {
          console.error('jtauri: a message from Java could not be handled', e)
        }
      }
      if (sequence > 0) {
        const acknowledge = () => cefQuery({ request: ACK + sequence, persistent: false, onSuccess() {}, onFailure() {} })
        if (fetching.size === 0) {
          acknowledge()
        } else {
          Promise.allSettled([...fetching]).then(acknowledge)
        }
      }
    },
    // setCursorVisible: Chromium sets the pointer over the page, so the page's style hides it. A
    // constructed style sheet, not a <style> element, which a page's CSP (style-src) may refuse.
    cursorHidden(hidden) {
      const others = document.adoptedStyleSheets.filter((sheet) => !sheet.__jtauriCursor)
      if (!hidden) {
        document.adoptedStyleSheets = others
      } else if (others.length === document.adoptedStyleSheets.length) {
        const sheet = new CSSStyleSheet()
        sheet.replaceSync('*{cursor:none!important}')
        Object.defineProperty(sheet, '__jtauriCursor', { value: true })
        document.adoptedStyleSheets = [...others, sheet]
      }
    }
  }

  const internals = {
    invoke,
    transformCallback,
    unregisterCallback,
    runCallback,
    convertFileSrc,
    metadata: {
      currentWindow: { label: LABEL },
      currentWebview: { windowLabel: LABEL, label: LABEL }
    },
    // path.js reads sep() and delimiter() from here, synchronously.
    plugins: { path: { sep: PATH_SEP, delimiter: PATH_DELIMITER } }
  }

  Object.defineProperty(window, '__TAURI_INTERNALS__', { value: internals })
  Object.defineProperty(window, '__TAURI_EVENT_PLUGIN_INTERNALS__', {
    value: Object.freeze({ unregisterListener })
  })
  // Named after the token, so a page of another origin that the window navigates to cannot
  // define a receiver and catch messages still on their way to this one.
  Object.defineProperty(window, '__JTAURI_' + TOKEN, { value: Object.freeze(receiver) })
  Object.defineProperty(window, 'isTauri', { value: true })

  // ---- data-tauri-drag-region: a press drags the window, a double press maximizes it, as
  // Tauri's own drag script does on Linux and Windows.

  document.addEventListener('mousedown', (e) => {
    const target = e.target
    if (target instanceof Element && target.hasAttribute('data-tauri-drag-region') && e.button === 0
        && (e.detail === 1 || e.detail === 2)) {
      e.preventDefault()
      e.stopImmediatePropagation()
      invoke('plugin:window|' + (e.detail === 2 ? 'internal_toggle_maximize' : 'start_dragging'))
        .catch((error) => console.error('jtauri: the drag region failed', error))
    }
  })

  // ---- window.__TAURI__: the same API without a bundler (Tauri's withGlobalTauri)

  class Channel {
    #onmessage
    #nextIndex = 0
    #pending = {}
    #endIndex = undefined

    constructor(onmessage) {
      this.#onmessage = onmessage || (() => {})
      this.id = transformCallback((raw) => {
        const index = raw.index
        if ('end' in raw) {
          if (index === this.#nextIndex) {
            unregisterCallback(this.id)
          } else {
            this.#endIndex = index
          }
          return
        }
        this.#pending[index] = raw.message
        while (this.#nextIndex in this.#pending) {
          const message = this.#pending[this.#nextIndex]
          delete this.#pending[this.#nextIndex]
          this.#nextIndex += 1
          this.#onmessage(message)
        }
        if (this.#nextIndex === this.#endIndex) {
          unregisterCallback(this.id)
        }
      })
    }

    set onmessage(handler) {
      this.#onmessage = handler
    }

    get onmessage() {
      return this.#onmessage
    }

    [SERIALIZE_TO_IPC_FN]() {
      return '__CHANNEL__:' + this.id
    }

    toJSON() {
      return this[SERIALIZE_TO_IPC_FN]()
    }
  }

  function targetOf(target) {
    return typeof target === 'string' ? { kind: 'AnyLabel', label: target } : target || { kind: 'Any' }
  }

  async function unlisten(event, eventId) {
    unregisterListener(event, eventId)
    await invoke('plugin:event|unlisten', { event, eventId })
  }

  async function listen(event, handler, options) {
    const eventId = await invoke('plugin:event|listen', {
      event,
      target: targetOf(options && options.target),
      handler: transformCallback(handler)
    })
    return () => unlisten(event, eventId)
  }

  async function once(event, handler, options) {
    return listen(event, (data) => {
      unlisten(event, data.id)
      handler(data)
    }, options)
  }

  async function emit(event, payload) {
    await invoke('plugin:event|emit', { event, payload })
  }

  async function emitTo(target, event, payload) {
    await invoke('plugin:event|emit_to', { target: targetOf(target), event, payload })
  }

  // As tauri-plugin-pytauri-api's: a body that is not bytes is sent as UTF-8 JSON bytes.
  async function pyInvoke(funcName, body, options) {
    const encoded = body === undefined || body instanceof ArrayBuffer || body instanceof Uint8Array
      ? body : new TextEncoder().encode(JSON.stringify(body))
    const headers = new Headers(options && options.headers)
    headers.set('pyfunc', funcName)
    return invoke('plugin:pytauri|pyfunc', encoded, { ...options, headers })
  }

  Object.defineProperty(window, '__TAURI__', {
    value: Object.freeze({
      core: Object.freeze({ invoke, transformCallback, Channel, convertFileSrc, isTauri: () => true }),
      event: Object.freeze({ listen, once, emit, emitTo }),
      pytauri: Object.freeze({ pyInvoke })
    })
  })
})()
