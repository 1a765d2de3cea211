/**
 * Commands: the {@link dev.jtauri.command.CommandRegistry} of the app's and the plugins'
 * commands, one immutable {@link dev.jtauri.command.CommandHandler} per method built and checked
 * at registration, and parameter binding: {@link dev.jtauri.command.ArgumentResolver}s asked once
 * per parameter for the {@link dev.jtauri.command.ArgumentBinder} that serves it at each call.
 */
@NullMarked
package dev.jtauri.command;

import org.jspecify.annotations.NullMarked;
