package dev.jtauri.webview.jcef;

import dev.jtauri.TauriCommand;
import dev.jtauri.WebviewWindow;
import dev.jtauri.e2e.E2eApplication;
import dev.jtauri.runtime.TauriRuntime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The e2e app, with commands that tell a page what its window holds for it (queries waiting,
 * calls in flight, tickets, queued messages) and whether Java still has a page listener of an
 * event: what a page that went away must leave none of.
 */
@Configuration(proxyBeanMethods = false)
@Import(E2eApplication.class)
public class LoadProbeApplication {

    public static void main(String[] args) {
        E2eApplication.run(LoadProbeApplication.class, args);
    }

    @Bean
    LoadProbe loadProbe(TauriRuntime runtime) {
        return new LoadProbe(runtime);
    }

    static final class LoadProbe {

        private final TauriRuntime runtime;

        LoadProbe(TauriRuntime runtime) {
            this.runtime = runtime;
        }

        @TauriCommand
        public JcefWindow.WindowLoad windowLoad(WebviewWindow window) {
            return ((JcefWindow) window).load();
        }

        @TauriCommand
        public boolean pagesListen(String event) {
            return this.runtime.events().pagesListen(event, (target) -> true);
        }
    }
}
