/**
 * What commands and listeners share: the {@link dev.jtauri.support.MethodTarget} an annotated bean
 * method becomes, the reflection and Jackson type work done once per method, short type names for
 * messages, and the unwrapping of the exceptions futures wrap around a failure.
 */
@NullMarked
package dev.jtauri.support;

import org.jspecify.annotations.NullMarked;
