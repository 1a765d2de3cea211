/**
 * Commands: discovery of {@code @TauriCommand} methods, one immutable
 * {@link dev.jtauri.command.CommandHandler} per method built and checked at registration, and
 * parameter binding as a composite of {@link dev.jtauri.command.ArgumentResolver}s.
 */
@NullMarked
package dev.jtauri.command;

import org.jspecify.annotations.NullMarked;
