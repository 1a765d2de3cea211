/**
 * The webview SPI: what the runtime needs from a page that talks to it. The JCEF module
 * implements it for real windows; the test client implements it in process.
 */
@NullMarked
package dev.jtauri.webview;

import org.jspecify.annotations.NullMarked;
