package dev.jtauri.webview.jcef;

import dev.jtauri.TauriCommand;
import dev.jtauri.WebviewWindow;
import dev.jtauri.e2e.E2eApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The e2e app, with a command that tells a page its window's IPC token: the secret a page of
 * another origin would need to name the bridge's receiver and catch what Java sends it. With it,
 * a test plays an attacker that learned the token, so that only jtauri's own check of the
 * document's origin stands between the window's messages and that page.
 */
@Configuration(proxyBeanMethods = false)
@Import(E2eApplication.class)
public class TokenLeakApplication {

    public static void main(String[] args) {
        E2eApplication.run(TokenLeakApplication.class, args);
    }

    @Bean
    TokenCommand tokenCommand() {
        return new TokenCommand();
    }

    static final class TokenCommand {

        @TauriCommand
        public String windowToken(WebviewWindow window) {
            return ((HostedPage) window).token();
        }
    }
}
