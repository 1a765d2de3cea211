package dev.jtauri.async;

/**
 * Background work for {@link TaskGroup#startSoon(Task)}. It may throw any exception, so a
 * loop that sleeps between iterations needs no try/catch.
 */
@FunctionalInterface
public interface Task {

    void run() throws Exception;
}
