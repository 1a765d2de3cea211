package dev.jtauri.sample.seed;

import dev.jtauri.AppHandle;
import dev.jtauri.ImplManager;
import dev.jtauri.Manager;
import dev.jtauri.State;
import dev.jtauri.TauriCommand;
import dev.jtauri.async.AsyncTools;
import org.springframework.stereotype.Component;

/**
 * Twin of {@code async_tools_state.py}. The starter puts {@link AsyncTools} in app state
 * itself (PyTauri's {@code Manager.manage(app, async_tools)}), so both ways to reach it work.
 */
@Component
public class AsyncToolsAccess {

    /** Access AsyncTools from app state, through the Manager API. */
    public static AsyncTools accessAsyncToolsViaApi(ImplManager manager) {
        return Manager.state(manager, AsyncTools.class);
    }

    /** Access AsyncTools from app state in a command, by injection. */
    @TauriCommand
    public boolean accessAsyncViaCommandInjection(@State AsyncTools asyncTools, AppHandle app) {
        return asyncTools == accessAsyncToolsViaApi(app);
    }
}
