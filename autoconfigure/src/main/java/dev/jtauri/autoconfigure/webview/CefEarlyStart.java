package dev.jtauri.autoconfigure.webview;

import dev.jtauri.autoconfigure.TauriProperties;
import dev.jtauri.webview.jcef.CefEngine;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Starts CEF from the app's configuration alone, before the context has any bean definition:
 * for the run listener, as soon as the environment is final. The engine's options (install and
 * data folders, switches) depend on the {@code tauri.*} properties only, so the host started
 * later gets the same CEF.
 */
public final class CefEarlyStart {

    private CefEarlyStart() {
    }

    /**
     * Start CEF in the background, unless {@code tauri.webview.early-start} is off. Bad
     * properties start nothing: the properties bean reports them.
     * @param environment the app's environment
     * @return true when CEF was started (or already was)
     */
    public static boolean start(Environment environment) {
        try {
            TauriProperties properties = Binder.get(environment).bindOrCreate("tauri", TauriProperties.class);
            if (!properties.getWebview().isEarlyStart()) {
                return false;
            }
            CefEngine.start(JcefOptionsFactory.create(properties, environment, new DefaultResourceLoader()).engine());
            return true;
        }
        catch (RuntimeException ex) {
            return false;
        }
    }
}
