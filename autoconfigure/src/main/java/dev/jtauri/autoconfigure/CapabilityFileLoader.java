package dev.jtauri.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import dev.jtauri.acl.Capability;
import dev.jtauri.acl.CapabilityException;
import dev.jtauri.acl.CapabilityFiles;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.StringUtils;

/**
 * Reads the Tauri capability files a location pattern finds, such as
 * {@code classpath*:capabilities/*.json}, in the order of their names. A file that cannot be read
 * or parsed fails, naming it.
 */
final class CapabilityFileLoader {

    private static final List<String> CLASSPATH_PREFIXES = List.of(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX,
            ResourcePatternResolver.CLASSPATH_URL_PREFIX);

    private final ResourcePatternResolver resolver;

    CapabilityFileLoader(ResourcePatternResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * The capabilities of every file the pattern finds.
     * @param location the pattern
     * @return the capabilities, file by file
     * @throws CapabilityException when a file cannot be read or is not a valid capability file
     */
    List<Capability> load(String location) {
        List<Capability> capabilities = new ArrayList<>();
        for (Resource resource : resources(location)) {
            String source = sourceName(location, resource);
            try (InputStream in = resource.getInputStream()) {
                capabilities.addAll(CapabilityFiles.parse(in, source));
            }
            catch (IOException ex) {
                throw new CapabilityException(source + " could not be read: " + ex.getMessage(), ex);
            }
        }
        return capabilities;
    }

    private List<Resource> resources(String location) {
        try {
            Resource[] found = this.resolver.getResources(location);
            // A pattern may match nothing; a location naming one file must name one that is there.
            boolean pattern = location.contains("*") || location.contains("?") || location.startsWith("classpath*:");
            if (!pattern && (found.length == 0 || !found[0].isReadable())) {
                throw new CapabilityException("tauri.app.security.capability-files names " + location
                        + ", but there is no such file");
            }
            return Arrays.stream(found)
                .filter(Resource::isReadable)
                .sorted(Comparator.comparing(Resource::getDescription))
                .toList();
        }
        catch (IOException ex) {
            throw new CapabilityException("The capability files at " + location + " could not be listed: "
                    + ex.getMessage(), ex);
        }
    }

    /**
     * {@code classpath:capabilities/main.json} for a file of a class-path folder pattern, else
     * the resource's own description.
     */
    private static String sourceName(String location, Resource resource) {
        String filename = resource.getFilename();
        for (String prefix : CLASSPATH_PREFIXES) {
            if (location.startsWith(prefix) && filename != null) {
                String path = location.substring(prefix.length());
                String folder = path.substring(0, path.lastIndexOf('/') + 1);
                if (!folder.contains("*") && !folder.contains("?")) {
                    return ResourcePatternResolver.CLASSPATH_URL_PREFIX + StringUtils.trimLeadingCharacter(folder, '/')
                            + filename;
                }
            }
        }
        return resource.getDescription();
    }
}
