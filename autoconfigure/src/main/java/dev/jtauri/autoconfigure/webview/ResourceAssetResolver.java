package dev.jtauri.autoconfigure.webview;

import java.io.IOException;
import java.io.InputStream;

import dev.jtauri.webview.Asset;
import dev.jtauri.webview.AssetResolver;
import dev.jtauri.webview.MimeTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The frontend's files from a Spring resource location, such as {@code classpath:/static/} or
 * {@code file:frontend/dist/}.
 */
public final class ResourceAssetResolver implements AssetResolver {

    private final ResourceLoader resourceLoader;

    private final String location;

    /**
     * Create the resolver.
     * @param resourceLoader loads resources
     * @param location the frontend's root, ending with {@code /}
     */
    public ResourceAssetResolver(ResourceLoader resourceLoader, String location) {
        this.resourceLoader = resourceLoader;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    @Override
    public @Nullable Asset resolve(String path) {
        Resource resource = this.resourceLoader.getResource(this.location + path);
        // Readable means the resource exists and is not a directory, in a folder or a jar alike.
        if (!resource.isReadable()) {
            return null;
        }
        String mimeType = MimeTypes.of(path);
        return new Asset() {
            @Override
            public String mimeType() {
                return mimeType;
            }

            @Override
            public InputStream open() throws IOException {
                return resource.getInputStream();
            }
        };
    }

    @Override
    public String toString() {
        return this.location;
    }
}
