package dev.jtauri.autoconfigure;

import dev.jtauri.command.CommandDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link CommandDefinitionException} at startup into a short report: what is wrong with
 * which {@code @TauriCommand} or {@code @TauriListener} method, and how to fix it.
 */
class CommandDefinitionFailureAnalyzer extends AbstractFailureAnalyzer<CommandDefinitionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CommandDefinitionException cause) {
        return new FailureAnalysis("A jtauri method cannot be served as declared:\n\n    " + cause.getMessage(),
                "Change the method as the message says; commands and listeners are checked when the app starts.",
                cause);
    }
}
