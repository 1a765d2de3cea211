// The settings window: the app plugin's setTheme() and the window plugin's close(), as
// @tauri-apps/api/app and /window send them.
const { invoke } = window.__TAURI__.core
const label = window.__TAURI_INTERNALS__.metadata.currentWindow.label
const $ = (id) => document.getElementById(id)

function setTheme(theme) {
  invoke('plugin:app|set_app_theme', { theme }).then(
    () => { $('theme-out').textContent = `every window is ${theme} now` },
    (error) => { $('theme-out').textContent = String(error) })
}

$('light').addEventListener('click', () => setTheme('light'))
$('dark').addEventListener('click', () => setTheme('dark'))
$('close').addEventListener('click', () => invoke('plugin:window|close', { label }))
