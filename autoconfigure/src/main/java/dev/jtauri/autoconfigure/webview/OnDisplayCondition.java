package dev.jtauri.autoconfigure.webview;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the process can show windows (see {@link Displays}).
 */
class OnDisplayCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Displays.available(context.getEnvironment()) ? ConditionOutcome.match("a display is available")
                : ConditionOutcome.noMatch(Displays.NO_DISPLAY);
    }
}
