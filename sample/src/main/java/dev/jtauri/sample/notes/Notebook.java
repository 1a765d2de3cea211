package dev.jtauri.sample.notes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The notes, kept as app state: commands receive it as {@code @State Notebook}.
 */
public class Notebook {

    private final AtomicLong nextId = new AtomicLong(1);

    private final Map<Long, Note> notes = new ConcurrentSkipListMap<>();

    public Note add(String text) {
        Note note = new Note(this.nextId.getAndIncrement(), text, Instant.now());
        this.notes.put(note.id(), note);
        return note;
    }

    public Optional<Note> remove(long id) {
        return Optional.ofNullable(this.notes.remove(id));
    }

    public List<Note> all() {
        return List.copyOf(this.notes.values());
    }
}
