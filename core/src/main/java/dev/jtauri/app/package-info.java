/**
 * The app plugin: the {@code plugin:app|*} commands of {@code @tauri-apps/api/app}, answered from
 * the app's {@link dev.jtauri.PackageInfo}, identifier and jtauri's own version.
 */
@NullMarked
package dev.jtauri.app;

import org.jspecify.annotations.NullMarked;
