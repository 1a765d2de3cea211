/**
 * Auto-configuration of the window: the JCEF host when a display is there, CEF started early
 * beside the context, and the frontend served from {@code tauri.build.frontend-dist}.
 */
@NullMarked
package dev.jtauri.autoconfigure.webview;

import org.jspecify.annotations.NullMarked;
