/**
 * The built-in {@link dev.jtauri.command.ArgumentResolver}s: named JSON arguments, the body,
 * raw bytes, channels, state and injected values.
 */
@NullMarked
package dev.jtauri.command.argument;

import org.jspecify.annotations.NullMarked;
