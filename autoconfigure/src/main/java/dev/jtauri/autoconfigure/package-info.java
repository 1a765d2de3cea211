/**
 * Spring Boot auto-configuration for jtauri: the {@code tauri.*} properties, the portal and
 * worker executors, the runtime, {@code @TauriCommand} discovery and the application runner.
 */
@NullMarked
package dev.jtauri.autoconfigure;

import org.jspecify.annotations.NullMarked;
