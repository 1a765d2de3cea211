package dev.jtauri.sample.notes;

import java.util.List;

import dev.jtauri.AppHandle;
import dev.jtauri.Emitter;
import dev.jtauri.InvokeException;
import dev.jtauri.State;
import dev.jtauri.TauriCommand;
import org.springframework.stereotype.Component;

/**
 * Commands on app state. Each change is announced with a {@code notes-changed} event, which
 * every page (and any Java listener) hears.
 */
@Component
public class NoteCommands {

    /** {@code invoke('addNote', {text})}. */
    @TauriCommand
    public Note addNote(String text, @State Notebook notebook, AppHandle app) {
        if (text.isBlank()) {
            throw new InvokeException("A note needs some text");
        }
        Note note = notebook.add(text.strip());
        Emitter.emit(app, "notes-changed", notebook.all());
        return note;
    }

    /** {@code invoke('removeNote', {id})}. */
    @TauriCommand
    public void removeNote(long id, @State Notebook notebook, AppHandle app) {
        notebook.remove(id).orElseThrow(() -> new InvokeException("There is no note " + id));
        Emitter.emit(app, "notes-changed", notebook.all());
    }

    /** {@code invoke('listNotes')}. */
    @TauriCommand
    public List<Note> listNotes(@State Notebook notebook) {
        return notebook.all();
    }
}
