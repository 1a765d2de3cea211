/**
 * The runtime that ties jtauri together: {@link dev.jtauri.runtime.TauriRuntime} owns the
 * commands, state, events and connected pages; {@link dev.jtauri.runtime.Invoker} runs a page's
 * invoke from request to response, and turns every failure into the error the page gets, after
 * asking the {@link dev.jtauri.acl.Authority} whether the calling window may run the command.
 */
@NullMarked
package dev.jtauri.runtime;

import org.jspecify.annotations.NullMarked;
