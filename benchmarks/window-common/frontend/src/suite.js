// The window suite's measurements, the same for every transport. A transport answers:
//   echo(s)               -> s, one small call
//   echoHop(s)            -> the same answered from another thread, or absent
//   roundTrip(bytes)      -> the same bytes back (ArrayBuffer or Uint8Array)
//   upload(bytes)         -> the byte count Java received
//   download(n)           -> n bytes from Java
//   events(n, onEvent)    -> Java sends n events {i} to onEvent; resolves once Java has sent them
//   channel(n, onMessage) -> the same over a channel, or null when the transport has none
//   channelBytes(n, onMessage) -> one message of n bytes from Java, or null
//   pss()                 -> the whole process tree's PSS in kB
//   done(results)         -> hands the results to Java, which writes them and ends the app
// Times are epoch milliseconds (Date.now()), so that the runner can subtract its launch time.

const MB = 1024 * 1024
const SMALL_CALLS = 2000
const WARM_UP_CALLS = 5000
const CONCURRENT_ROUNDS = 5
const BYTES_ROUNDS = 5
const EVENTS = 100000
const EVENT_ROUNDS = 3

function log(text) {
  document.getElementById('log').textContent += text + '\n'
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function pattern(n) {
  const bytes = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    bytes[i] = (i * 31 + 7) & 0xff
  }
  return bytes
}

function sameBytes(expected, actual) {
  const got = actual instanceof Uint8Array ? actual : new Uint8Array(actual)
  if (got.length !== expected.length) {
    return false
  }
  for (let i = 0; i < got.length; i += 4093) {
    if (got[i] !== expected[i]) {
      return false
    }
  }
  return got[got.length - 1] === expected[expected.length - 1]
}

function firstContentfulPaint() {
  const entry = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')
  return entry ? performance.timeOrigin + entry.startTime : null
}

// After WARM_UP_CALLS, so that both apps are measured with their code compiled (a JVM runs a
// method interpreted for its first few thousand calls).
async function sequentialEcho(echo) {
  for (let i = 0; i < WARM_UP_CALLS; i++) {
    await echo('warm-' + i)
  }
  const start = performance.now()
  for (let i = 0; i < SMALL_CALLS; i++) {
    const answer = await echo('hello-' + i)
    if (answer !== 'hello-' + i) {
      throw new Error('echo answered ' + answer)
    }
  }
  return (performance.now() - start) * 1000 / SMALL_CALLS
}

async function concurrentEcho(echo) {
  const rounds = []
  for (let round = -1; round < CONCURRENT_ROUNDS; round++) {
    const start = performance.now()
    const answers = await Promise.all(Array.from({ length: SMALL_CALLS }, (_, i) => echo('c-' + i)))
    const elapsed = performance.now() - start
    if (answers.some((answer, i) => answer !== 'c-' + i)) {
      throw new Error('a concurrent echo answered wrong')
    }
    if (round >= 0) {
      rounds.push(elapsed * 1000 / SMALL_CALLS)
    }
  }
  return median(rounds)
}

// MB/s of one operation on `size` bytes, the median of BYTES_ROUNDS after one warm-up.
async function throughput(size, operation) {
  const rates = []
  for (let round = -1; round < BYTES_ROUNDS; round++) {
    const start = performance.now()
    await operation()
    const seconds = (performance.now() - start) / 1000
    if (round >= 0) {
      rates.push(size / MB / seconds)
    }
  }
  return median(rates)
}

async function bytes(t, results) {
  const size = 10 * MB
  const data = pattern(size)
  results.roundTrip10MbMBps = await throughput(size, async () => {
    if (!sameBytes(data, await t.roundTrip(data))) {
      throw new Error('the round trip changed the bytes')
    }
  })
  results.upload10MbMBps = await throughput(size, async () => {
    const received = await t.upload(data)
    if (received !== size) {
      throw new Error('Java received ' + received + ' bytes')
    }
  })
  results.download10MbMBps = await throughput(size, async () => {
    if (!sameBytes(data, await t.download(size))) {
      throw new Error('the download is not the pattern')
    }
  })
  if (t.channelBytes) {
    results.channel10MbMBps = await throughput(size, () => new Promise((resolve, reject) => {
      t.channelBytes(size, (message) => sameBytes(data, message) ? resolve() : reject(new Error('channel bytes')))
        .catch(reject)
    }))
  }
  if (t.large) {
    const large = pattern(100 * MB)
    try {
      const start = performance.now()
      const ok = sameBytes(large, await t.roundTrip(large))
      results.roundTrip100MbMBps = ok ? 100 / ((performance.now() - start) / 1000) : null
      results.roundTrip100Mb = ok ? 'ok' : 'bytes changed'
    } catch (e) {
      results.roundTrip100Mb = 'failed: ' + (e && e.message ? e.message : JSON.stringify(e))
    }
  }
}

// Messages per second from Java to the page, in order, the median of EVENT_ROUNDS after a warm-up.
async function stream(kind, send) {
  const rates = []
  let inOrder = true
  for (let round = -1; round < EVENT_ROUNDS; round++) {
    const count = round < 0 ? 10000 : EVENTS
    let next = 0
    const start = performance.now()
    await new Promise((resolve, reject) => {
      send(count, (i) => {
        if (i !== next) {
          inOrder = false
        }
        next += 1
        if (next === count) {
          resolve()
        }
      }).catch(reject)
    })
    if (round >= 0) {
      rates.push(count / ((performance.now() - start) / 1000))
    }
  }
  log(kind + ' in order: ' + inOrder)
  return { rate: median(rates), inOrder }
}

export async function runSuite(t) {
  const results = { firstScriptAt: window.__firstScriptAt }
  try {
    await t.echo('first')
    results.firstInvokeAt = Date.now()
    log('first invoke answered')
    await sleep(3000)
    results.firstContentfulPaintAt = firstContentfulPaint()
    results.idlePssKb = await t.pss()
    results.sequentialEchoUs = await sequentialEcho(t.echo)
    if (t.echoHop) {
      results.sequentialHopEchoUs = await sequentialEcho(t.echoHop)
    }
    log('sequential echo ' + results.sequentialEchoUs.toFixed(1) + ' us')
    results.concurrentEchoUs = await concurrentEcho(t.echo)
    if (t.echoHop) {
      results.concurrentHopEchoUs = await concurrentEcho(t.echoHop)
    }
    log('concurrent echo ' + results.concurrentEchoUs.toFixed(1) + ' us')
    await bytes(t, results)
    log('bytes done')
    const events = await stream('events', t.events)
    results.eventsPerSecond = events.rate
    results.eventsInOrder = events.inOrder
    if (t.channel) {
      const channel = await stream('channel', t.channel)
      results.channelPerSecond = channel.rate
      results.channelInOrder = channel.inOrder
    }
    results.finalPssKb = await t.pss()
  } catch (e) {
    results.error = e && e.stack ? e.stack : JSON.stringify(e)
  }
  await t.done(results)
}
