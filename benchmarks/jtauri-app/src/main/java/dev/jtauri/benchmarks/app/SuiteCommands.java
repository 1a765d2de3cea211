package dev.jtauri.benchmarks.app;

import dev.jtauri.AppHandle;
import dev.jtauri.Channel;
import dev.jtauri.TauriCommand;
import dev.jtauri.benchmarks.window.SuiteRun;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** What the suite's page calls, as an app would write it. */
@Component
public class SuiteCommands {

    @TauriCommand
    public String echo(String s) {
        return s;
    }

    @TauriCommand("round_trip")
    public byte[] roundTrip(byte[] body) {
        return body;
    }

    @TauriCommand
    public int upload(byte[] body) {
        return body.length;
    }

    @TauriCommand
    public byte[] download(int n) {
        return SuiteRun.pattern(n);
    }

    @TauriCommand
    public void events(int n, AppHandle app) {
        for (int i = 0; i < n; i++) {
            app.emit("tick", i);
        }
    }

    @TauriCommand
    public void channel(int n, Channel<Integer> onMessage) {
        for (int i = 0; i < n; i++) {
            onMessage.send(i);
        }
    }

    @TauriCommand("channel_bytes")
    public void channelBytes(int n, Channel<byte[]> onMessage) {
        onMessage.send(SuiteRun.pattern(n));
    }

    @TauriCommand
    public long pss() {
        return SuiteRun.processTreePssKb();
    }

    @TauriCommand
    public void done(JsonNode results, AppHandle app) {
        SuiteRun.writeResults(results.toString());
        app.exit(0);
    }
}
