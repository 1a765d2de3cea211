/**
 * Java twins of the snippets on PyTauri's "Async and callbacks" page, one class per snippet:
 * AsyncTools in app state ({@link dev.jtauri.sample.seed.AsyncToolsAccess}), an async function
 * as a synchronous listener ({@link dev.jtauri.sample.seed.ToSyncCommands}), a blocking task
 * off the portal ({@link dev.jtauri.sample.seed.ToAsyncCommands}), a background task
 * ({@link dev.jtauri.sample.seed.BackgroundClockCommands}) and the raw portal
 * ({@link dev.jtauri.sample.seed.VisitCounter}).
 */
package dev.jtauri.sample.seed;
