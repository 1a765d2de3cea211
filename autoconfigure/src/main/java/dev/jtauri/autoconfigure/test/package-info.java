/**
 * Test support for {@code @SpringBootTest}: {@link dev.jtauri.autoconfigure.test.AutoConfigureTauriTestClient}
 * adds a {@link dev.jtauri.test.TauriTestClient} bean and keeps the window closed.
 */
@NullMarked
package dev.jtauri.autoconfigure.test;

import org.jspecify.annotations.NullMarked;
