package dev.jtauri.autoconfigure.webview;

import java.nio.file.Path;

import dev.jtauri.autoconfigure.AppNames;
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
        // The app's data directory is named after it, and untitled windows show it.
        String name = AppNames.of(properties, environment);
        TauriProperties.Webview webview = properties.getWebview();
        Path installDir = webview.getInstallDir();
        Path dataDir = webview.getDataDir();
        if (installDir == null || dataDir == null) {
            CefEngineOptions defaults = CefEngineOptions.defaults(name);
            installDir = (installDir != null) ? installDir : defaults.installDir();
            dataDir = (dataDir != null) ? dataDir : defaults.dataDir();
        }
        CefEngineOptions engine = new CefEngineOptions(installDir, dataDir, webview.getArgs());
        boolean devtools = (webview.getDevtools() != null) ? webview.getDevtools()
                : properties.getBuild().getDevUrl() != null;
        return new JcefOptions(new ResourceAssetResolver(resourceLoader, properties.getBuild().getFrontendDist()),
                properties.getBuild().getDevUrl(), devtools, name, engine,
                properties.getIpc().getMaxPayloadSize().toBytes(), properties.getIpc().getMaxNestingDepth(),
                properties.getIpc().getChannelSendTimeout(),
                properties.getApp().getSecurity().toPageSecurity(properties.getBuild().getDevUrl() != null));
    }
}
