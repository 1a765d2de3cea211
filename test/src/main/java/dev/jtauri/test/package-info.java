/**
 * Test support: {@link dev.jtauri.test.TauriTestClient} plays the page in process, through the
 * same invoke pipeline and event plugin a real page uses.
 */
@NullMarked
package dev.jtauri.test;

import org.jspecify.annotations.NullMarked;
