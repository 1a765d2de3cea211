package dev.jtauri.sample.seed;

import java.util.concurrent.atomic.AtomicLong;

import dev.jtauri.AppHandle;
import dev.jtauri.Emitter;
import dev.jtauri.TauriListener;
import dev.jtauri.async.AsyncTools;
import org.springframework.stereotype.Component;

/**
 * The raw portal: a synchronous listener (it runs on an event thread, not the portal) that
 * enters the portal with {@link dev.jtauri.async.BlockingPortal#call}. Each {@code page-visit}
 * the page emits is counted on the portal, and the count is emitted back as {@code visits}.
 */
@Component
public class VisitCounter {

    private final AtomicLong visits = new AtomicLong();

    private final AppHandle app;

    private final AsyncTools asyncTools;

    public VisitCounter(AppHandle app, AsyncTools asyncTools) {
        this.app = app;
        this.asyncTools = asyncTools;
    }

    @TauriListener("page-visit")
    void onPageVisit() {
        long count = this.asyncTools.portal().call(this.visits::incrementAndGet);
        Emitter.emit(this.app, "visits", count);
    }
}
