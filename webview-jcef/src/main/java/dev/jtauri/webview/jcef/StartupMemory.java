package dev.jtauri.webview.jcef;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back to the system the memory that the app's start used and no longer needs.
 *
 * <p>A Spring Boot start allocates many times what the app keeps: the collector grows the heap
 * for it and keeps the pages it touched, and the JIT compilers leave their native arenas in
 * glibc's free lists. An app whose window then sits idle holds all that. One full collection,
 * with the heap's free-ratio bounds lowered for its length, lets the collector uncommit the heap
 * it does not need; {@code malloc_trim} then returns glibc's free pages. The bounds are put back
 * right after, so the heap grows again as the app needs, and bounds the app set itself
 * ({@code -XX:MaxHeapFreeRatio}) are left alone.
 */
public final class StartupMemory {

    private static final Logger logger = LoggerFactory.getLogger(StartupMemory.class);

    // Low enough that the collection gives back nearly all the heap the start left unused.
    private static final String MIN_FREE = "10";

    private static final String MAX_FREE = "20";

    private StartupMemory() {
    }

    /**
     * Collect, shrink the heap and trim the native heap, on the calling thread: a full, pausing
     * collection of the app's live data, to be called once the app is idle after its start.
     */
    public static void release() {
        long start = System.nanoTime();
        long before = committedHeap();
        withLowFreeRatios(System::gc);
        boolean trimmed = trimNativeHeap();
        logger.debug("Memory released after start in {} ms: heap {} -> {} MB committed, native heap {}",
                (System.nanoTime() - start) / 1_000_000, before >> 20, committedHeap() >> 20,
                trimmed ? "trimmed" : "not trimmed");
    }

    private static void withLowFreeRatios(Runnable collection) {
        HotSpotDiagnosticMXBean vm = hotSpot();
        if (vm == null || !isDefault(vm, "MinHeapFreeRatio") || !isDefault(vm, "MaxHeapFreeRatio")) {
            collection.run();
            return;
        }
        String min = vm.getVMOption("MinHeapFreeRatio").getValue();
        String max = vm.getVMOption("MaxHeapFreeRatio").getValue();
        try {
            // Min before max going down, max before min going up: the VM keeps min <= max.
            vm.setVMOption("MinHeapFreeRatio", MIN_FREE);
            vm.setVMOption("MaxHeapFreeRatio", MAX_FREE);
            collection.run();
        }
        catch (IllegalArgumentException ex) {
            logger.debug("Heap free ratios not lowered: {}", ex.toString());
            collection.run();
        }
        finally {
            vm.setVMOption("MaxHeapFreeRatio", max);
            vm.setVMOption("MinHeapFreeRatio", min);
        }
    }

    private static @Nullable HotSpotDiagnosticMXBean hotSpot() {
        try {
            return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        }
        catch (RuntimeException | LinkageError ex) {
            // Not a HotSpot VM, or a runtime image without jdk.management.
            return null;
        }
    }

    private static boolean isDefault(HotSpotDiagnosticMXBean vm, String option) {
        try {
            return vm.getVMOption(option).getOrigin() == VMOption.Origin.DEFAULT;
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
    }

    private static long committedHeap() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getCommitted();
    }

    /** glibc's {@code malloc_trim(0)}: its free pages back to the system. Elsewhere nothing. */
    private static boolean trimNativeHeap() {
        if (!Platform.isLinux()) {
            return false;
        }
        try {
            Function trim = NativeLibrary.getProcess().getFunction("malloc_trim");
            trim.invokeInt(new Object[] {0});
            return true;
        }
        catch (UnsatisfiedLinkError ex) {
            // Not glibc (musl has no malloc_trim).
            return false;
        }
    }
}
