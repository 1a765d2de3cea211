/**
 * Test support for {@code @SpringBootTest}: {@link dev.jtauri.test.autoconfigure.AutoConfigureTauriTestClient}
 * adds a {@link dev.jtauri.test.TauriTestClient} bean and keeps the window closed.
 */
@NullMarked
package dev.jtauri.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
