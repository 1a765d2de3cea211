package dev.jtauri.autoconfigure.webview;

import java.nio.file.Path;

import dev.jtauri.autoconfigure.TauriProperties;
import dev.jtauri.webview.jcef.CefEngineOptions;
import dev.jtauri.webview.jcef.JcefOptions;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * {@link JcefOptions} from the {@code tauri.*} properties, in one place: the early CEF start
 * and the host must agree on them.
 */
final class JcefOptionsFactory {

    private JcefOptionsFactory() {
    }

    static JcefOptions create(TauriProperties properties, Environment environment, ResourceLoader resourceLoader) {
        String identifier = identifier(properties, environment);
        CefEngineOptions defaults = CefEngineOptions.defaults(identifier);
        TauriProperties.Webview webview = properties.getWebview();
        Path installDir = (webview.getInstallDir() != null) ? webview.getInstallDir() : defaults.installDir();
        Path dataDir = (webview.getDataDir() != null) ? webview.getDataDir() : defaults.dataDir();
        CefEngineOptions engine = new CefEngineOptions(installDir, dataDir, webview.getArgs());
        boolean devtools = (webview.getDevtools() != null) ? webview.getDevtools()
                : properties.getBuild().getDevUrl() != null;
        String title = (properties.getIdentifier() != null) ? properties.getIdentifier()
                : environment.getProperty("spring.application.name", "jtauri");
        return new JcefOptions(new ResourceAssetResolver(resourceLoader, properties.getBuild().getFrontendDist()),
                properties.getBuild().getDevUrl(), devtools, title, engine);
    }

    private static String identifier(TauriProperties properties, Environment environment) {
        if (properties.getIdentifier() != null) {
            return properties.getIdentifier();
        }
        return environment.getProperty("spring.application.name", "jtauri-app");
    }
}
