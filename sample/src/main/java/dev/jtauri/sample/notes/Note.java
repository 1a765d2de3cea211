package dev.jtauri.sample.notes;

import java.time.Instant;

/**
 * A note on the page.
 *
 * @param id its id
 * @param text what it says
 * @param created when it was written
 */
public record Note(long id, String text, Instant created) {
}
