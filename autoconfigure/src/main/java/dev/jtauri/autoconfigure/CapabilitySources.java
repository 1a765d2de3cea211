package dev.jtauri.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.jtauri.acl.Capability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The app's capabilities: those of {@code tauri.app.security.capabilities}, then those of the
 * capability files. Logs once how many came from where.
 */
final class CapabilitySources {

    private static final Logger logger = LoggerFactory.getLogger(CapabilitySources.class);

    private static final String PROPERTY = "tauri.app.security.capabilities";

    private CapabilitySources() {
    }

    static List<Capability> load(TauriProperties.Security security, ResourcePatternResolver resolver) {
        List<Capability> capabilities = new ArrayList<>(fromProperties(security.getCapabilities()));
        capabilities.addAll(new CapabilityFileLoader(resolver).load(security.getCapabilityFiles()));
        log(capabilities);
        return capabilities;
    }

    private static List<Capability> fromProperties(List<TauriProperties.Capability> properties) {
        List<Capability> capabilities = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            TauriProperties.Capability property = properties.get(i);
            String identifier = property.getIdentifier();
            capabilities.add(Capability.builder((identifier != null) ? identifier : "capabilities[" + i + "]")
                .description(property.getDescription())
                .windows(property.getWindows())
                .webviews(property.getWebviews())
                .permissions(property.getPermissions())
                .commands(property.getCommands())
                .platforms(property.getPlatforms())
                .source(PROPERTY + "[" + i + "]")
                .build());
        }
        return capabilities;
    }

    private static void log(List<Capability> capabilities) {
        if (!logger.isInfoEnabled()) {
            return;
        }
        if (capabilities.isEmpty()) {
            logger.info("No capability configured: every window gets core:default");
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Capability capability : capabilities) {
            String source = capability.source().startsWith(PROPERTY) ? PROPERTY : capability.source();
            counts.merge(source, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((source, count) -> parts.add(count + " from " + source));
        logger.info("{} {}: {}", capabilities.size(), (capabilities.size() == 1) ? "capability" : "capabilities",
                String.join(", ", parts));
    }
}
