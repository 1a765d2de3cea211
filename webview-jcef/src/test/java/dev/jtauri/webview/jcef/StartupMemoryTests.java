package dev.jtauri.webview.jcef;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupMemoryTests {

    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void releaseShouldShrinkTheHeapAfterTheStartsGarbageAndPutTheFreeRatiosBack() {
        String min = this.vm.getVMOption("MinHeapFreeRatio").getValue();
        String max = this.vm.getVMOption("MaxHeapFreeRatio").getValue();
        // What a start leaves: a heap grown for data that is garbage by now.
        byte[][] start = new byte[64][];
        for (int i = 0; i < start.length; i++) {
            start[i] = new byte[1 << 20];
        }
        start = null;
        long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        StartupMemory.release();
        assertThat(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted()).isLessThan(committed);
        assertThat(this.vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(min);
        assertThat(this.vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(max);
    }
}
