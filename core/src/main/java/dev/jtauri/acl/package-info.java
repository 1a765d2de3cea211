/**
 * Tauri's access control: {@link dev.jtauri.acl.Capability capabilities} grant permissions to
 * windows by label, permissions are resolved against the registered plugins once, and the
 * {@link dev.jtauri.acl.Authority} answers, for every invoke, whether the calling window may run
 * the command. Capability files are read in Tauri's JSON format by
 * {@link dev.jtauri.acl.CapabilityFiles}.
 */
@NullMarked
package dev.jtauri.acl;

import org.jspecify.annotations.NullMarked;
