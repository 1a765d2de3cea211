package dev.jtauri.sample.progress;

/**
 * One step of a long task, streamed to the page through a channel.
 *
 * @param done steps done
 * @param total steps in all
 */
public record Progress(int done, int total) {
}
