/**
 * Resources, as Tauri's: Java objects a page holds by id ({@code rid}), kept in a
 * {@link dev.jtauri.resources.ResourceTable} per page and closed with it; and the
 * {@code resources} plugin whose {@code close} command {@code Resource.close()} of
 * {@code @tauri-apps/api/core} calls.
 */
@NullMarked
package dev.jtauri.resources;

import org.jspecify.annotations.NullMarked;
