// The sample's page: plain JavaScript on window.__TAURI__, no bundler. With a bundler, import
// the same functions from @tauri-apps/api/core and @tauri-apps/api/event instead.
const { invoke, Channel } = window.__TAURI__.core
const { listen, emit } = window.__TAURI__.event

const $ = (id) => document.getElementById(id)

function show(id, promise, format = (value) => value) {
  const out = $(id)
  out.classList.remove('error')
  return promise.then(
    (value) => { out.textContent = format(value) },
    (error) => {
      out.classList.add('error')
      // A rejection is the command's message, or {message, code, data} when it gave a code.
      out.textContent = typeof error === 'string' ? error : `${error.message} (${error.code})`
    })
}

$('greet-form').addEventListener('submit', (e) => {
  e.preventDefault()
  show('greeting', invoke('greet', { name: $('name').value }))
})

$('divide-form').addEventListener('submit', (e) => {
  e.preventDefault()
  show('quotient', invoke('divide', { dividend: Number($('dividend').value), divisor: Number($('divisor').value) }))
})

$('slow').addEventListener('click', () => show('slow-out', invoke('slowGreet', { name: 'Ada', delayMillis: 800 })))

function renderNotes(notes) {
  $('notes').replaceChildren(...notes.map((note) => {
    const item = document.createElement('li')
    item.textContent = note.text + ' '
    const remove = document.createElement('button')
    remove.textContent = '×'
    remove.addEventListener('click', () => invoke('removeNote', { id: note.id }))
    item.append(remove)
    return item
  }))
}

$('note-form').addEventListener('submit', (e) => {
  e.preventDefault()
  invoke('addNote', { text: $('note').value }).then(() => { $('note').value = '' }, (error) => alert(error))
})

$('count').addEventListener('click', () => {
  const onProgress = new Channel()
  onProgress.onmessage = (progress) => { $('progress').value = progress.done }
  show('count-out', invoke('countTo', { steps: 50, stepMillis: 20, onProgress }), (steps) => `counted to ${steps}`)
})

$('hash').addEventListener('click', () => {
  const data = new Uint8Array(1 << 20).map((_, i) => i & 255)
  const started = performance.now()
  show('hash-out', invoke('sha256', data), (digest) =>
    [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 32) +
    `… in ${Math.round(performance.now() - started)} ms`)
})

$('start-clock').addEventListener('click', () => show('seed-out', invoke('startClock'),
  (started) => started ? 'clock started: foo-event every second' : 'the clock already runs'))
$('wait-event').addEventListener('click', () => show('seed-out', invoke('receiveFooEvent')))
$('blocking').addEventListener('click', () => show('seed-out', invoke('runBlockingTask', { secs: 0.5 }),
  (thread) => `the blocking task ran on ${thread}`))
$('quit').addEventListener('click', () => invoke('quit', { code: 0 }))

// The window: each call is a command of Tauri's window plugin, as @tauri-apps/api/window sends
// it (with a bundler: getCurrentWindow().setTitle(...), new LogicalSize(...), new WebviewWindow(...)).
const label = window.__TAURI_INTERNALS__.metadata.currentWindow.label
const win = (command, args = {}) => invoke('plugin:window|' + command, { label, ...args })
const logical = (width, height) => ({ Logical: { width, height } })

async function describeWindow() {
  const [size, maximized] = await Promise.all([win('inner_size'), win('is_maximized')])
  return `${size.width} × ${size.height}${maximized ? ', maximized' : ''}`
}

$('title-form').addEventListener('submit', (e) => {
  e.preventDefault()
  show('window-out', win('set_title', { value: $('title').value }).then(() => win('title')), (t) => `title: ${t}`)
})
$('small').addEventListener('click', () => show('window-out', win('set_size', { value: logical(640, 480) }).then(describeWindow)))
$('large').addEventListener('click', () => show('window-out', win('set_size', { value: logical(960, 720) }).then(describeWindow)))
$('center').addEventListener('click', () => show('window-out', win('center').then(describeWindow)))
$('maximize').addEventListener('click', () => show('window-out', win('toggle_maximize').then(() => 'toggled')))
$('open-settings').addEventListener('click', () => show('window-out', invoke('plugin:webview|create_webview_window', {
  options: { label: 'settings', url: 'settings.html', title: 'Settings', width: 420, height: 320, resizable: false }
}).then(() => 'settings opened'), (message) => message))

// A close confirmation: while the page listens to close requests it holds them (as Tauri's
// onCloseRequested does), and destroys the window itself once the user agrees.
listen('tauri://close-requested', () => { $('confirm-close').hidden = false }, { target: { kind: 'Window', label } })
$('close-yes').addEventListener('click', () => win('destroy'))
$('close-no').addEventListener('click', () => { $('confirm-close').hidden = true })

async function start() {
  // Listening is an invoke too: wait for it, or the answer to page-visit could come first.
  await Promise.all([
    listen('foo-event', (event) => { $('clock').textContent = 'clock: ' + event.payload }),
    listen('notes-changed', (event) => renderNotes(event.payload)),
    listen('visits', (event) => { $('visits').textContent = `page visits counted on the portal: ${event.payload}` })
  ])
  renderNotes(await invoke('listNotes'))
  await emit('page-visit')
}

start()
