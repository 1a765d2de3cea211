package dev.jtauri.sample.notes;

import dev.jtauri.AppHandle;
import dev.jtauri.Manager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the notebook in app state at startup, as PyTauri's {@code Manager.manage(app, state)}
 * before {@code app.run_return()}. It is a bean too, for Java code that prefers injection.
 */
@Configuration(proxyBeanMethods = false)
public class NotebookConfiguration {

    @Bean
    Notebook notebook(AppHandle app) {
        Notebook notebook = new Notebook();
        Manager.manage(app, notebook);
        return notebook;
    }
}
