package dev.jtauri.webview.jcef;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class BridgeScriptTests {

    @Test
    void theAppsLimitsAndTheWindowsLabelAndTokenAreFilledIn() {
        String script = new String(new BridgeScript(JsonMapper.shared(), 42).render("main", "t0k3n"),
                StandardCharsets.UTF_8);
        assertThat(script).contains("const MAX_NESTING_DEPTH = 42\n")
            .contains("const RAW_INLINE_LIMIT = " + InvokeCodec.RAW_INLINE_LIMIT + "\n")
            .contains("const LABEL = \"main\"\n")
            .contains("const TOKEN = \"t0k3n\"\n");
        assertThat(script).as("no placeholder left")
            .doesNotContainPattern("__(LABEL|TOKEN|RAW_INLINE_LIMIT|RANGE_MIN|RANGES|MAX_NESTING_DEPTH|PATH_SEP|"
                    + "PATH_DELIMITER)__");
    }
}
