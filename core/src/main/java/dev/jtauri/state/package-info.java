/**
 * App state: values managed by type, as Tauri's {@code Manager::manage}.
 */
@NullMarked
package dev.jtauri.state;

import org.jspecify.annotations.NullMarked;
