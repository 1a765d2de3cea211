package dev.jtauri.sample;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

import dev.jtauri.test.autoconfigure.AutoConfigureTauriTestClient;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.sample.notes.Note;
import dev.jtauri.sample.progress.Progress;
import dev.jtauri.test.InvokeResult;
import dev.jtauri.test.ReceivedEvents;
import dev.jtauri.test.TauriTestClient;
import dev.jtauri.test.TestChannel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's commands, driven the way its page drives them, with no window and no display.
 */
@SpringBootTest
@AutoConfigureTauriTestClient
class SampleApplicationTests {

    @Autowired
    TauriTestClient tauri;

    @Test
    void theCapabilityFileGrantsTheWindowCallsThePageMakesAndNoOthers() {
        // Allowed: with no window in this test, the call gets as far as looking for it.
        assertThat(this.tauri.invoke("plugin:window|set_title", Map.of("label", "main", "value", "x")).error().message())
            .isEqualTo("window not found: 'main'");
        assertThat(this.tauri.invoke("plugin:window|set_fullscreen", Map.of("label", "main", "value", true)).error()
            .message()).isEqualTo("plugin:window|set_fullscreen is not allowed in window 'main': it needs the "
                    + "permission core:window:allow-set-fullscreen");
    }

    @Test
    void greetReturnsAGreeting() {
        assertThat(this.tauri.invoke("greet", Map.of("name", "Ada")).as(String.class))
            .isEqualTo("Hello, Ada! You've been greeted from Java.");
    }

    @Test
    void greetRejectsABlankNameWithTheCommandsMessage() {
        InvokeResult result = this.tauri.invoke("greet", Map.of("name", " "));
        assertThat(result.rejection()).isEqualTo("\"Please enter a name\"");
    }

    @Test
    void greetWithoutANameSaysWhichArgumentIsMissing() {
        assertThat(this.tauri.invoke("greet", Map.of()).error().message())
            .isEqualTo("command 'greet': missing required argument 'name' (String)");
    }

    @Test
    void divideRejectsZeroWithACode() {
        assertThat(this.tauri.invoke("divide", Map.of("dividend", 1, "divisor", 4)).as(Double.class)).isEqualTo(0.25);
        InvokeError error = this.tauri.invoke("divide", Map.of("dividend", 1, "divisor", 0)).error();
        assertThat(error.code()).isEqualTo("DIVISION_BY_ZERO");
        assertThat(error.message()).isEqualTo("Cannot divide by zero");
    }

    @Test
    void slowGreetIsAnAsyncCommand() {
        assertThat(this.tauri.invoke("slowGreet", Map.of("name", "Ada", "delayMillis", 50)).as(String.class))
            .startsWith("Hello, Ada, at ");
    }

    @Test
    void notesLiveInAppStateAndEveryChangeIsAnnounced() {
        ReceivedEvents changes = this.tauri.listen("notes-changed");
        Note note = this.tauri.invoke("addNote", Map.of("text", "  buy milk ")).as(Note.class);
        assertThat(note.text()).isEqualTo("buy milk");
        List<Note> announced = changes.next().payload(new TypeReference<>() { });
        assertThat(announced).extracting(Note::id).contains(note.id());
        assertThat(this.tauri.invoke("listNotes").as(new TypeReference<List<Note>>() { })).contains(note);
        this.tauri.invoke("removeNote", Map.of("id", note.id())).json();
        assertThat(changes.next().payload(new TypeReference<List<Note>>() { })).doesNotContain(note);
        assertThat(this.tauri.invoke("removeNote", Map.of("id", note.id())).rejection())
            .isEqualTo("\"There is no note " + note.id() + "\"");
    }

    @Test
    void countToStreamsProgressThroughAChannel() {
        TestChannel<Progress> progress = this.tauri.channel(Progress.class);
        InvokeResult result = this.tauri.invoke("countTo", Map.of("steps", 5, "stepMillis", 1, "onProgress", progress));
        assertThat(result.as(Integer.class)).isEqualTo(5);
        assertThat(progress.awaitClose()).containsExactly(new Progress(1, 5), new Progress(2, 5), new Progress(3, 5),
                new Progress(4, 5), new Progress(5, 5));
    }

    @Test
    void sha256TakesAndGivesRawBytes() throws Exception {
        byte[] data = "jtauri".getBytes(StandardCharsets.UTF_8);
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(data);
        assertThat(this.tauri.invokeRaw("sha256", data, Map.of()).bytes()).isEqualTo(expected);
        assertThat(this.tauri.invokeRaw("sha256Hex", data, Map.of()).as(String.class)).hasSize(64);
    }
}
