package dev.jtauri.benchmarks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import dev.jtauri.Headers;
import dev.jtauri.TauriCommand;
import dev.jtauri.async.BlockingPortal;
import dev.jtauri.async.TauriExecutors;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeRequest;
import dev.jtauri.ipc.InvokeResponse;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.webview.PageConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The in-process cost of an invoke of a small JSON command, from request to response, next to
 * its two unavoidable parts measured alone in the same run: the hop to the portal and back, and
 * parsing the arguments and writing the result with Jackson. The same invoke on a portal that
 * runs tasks on the caller's thread, against such a portal's bare task, gives the pipeline's own
 * work without the thread wake-ups that dominate (and blur) the hop.
 *
 * <pre>
 * mvn -q -pl benchmarks/jmh -am package -DskipTests
 * java -jar benchmarks/jmh/target/benchmarks.jar InvokeBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class InvokeBenchmark {

    private static final String ARGUMENTS = "{\"name\":\"Ada\"}";

    private ExecutorService portalThreads;

    private BlockingPortal portal;

    private TauriRuntime runtime;

    private BlockingPortal callersThreadPortal;

    private TauriRuntime callersThreadRuntime;

    private JsonMapper mapper;

    private InvokeRequest request;

    @Setup(Level.Trial)
    public void start() {
        this.portalThreads = TauriExecutors.portal();
        this.portal = new BlockingPortal(this.portalThreads);
        this.runtime = TauriRuntime.builder(this.portal).build();
        this.runtime.commands().registerAll(new Greeter());
        this.mapper = this.runtime.jsonMapper();
        this.callersThreadPortal = new BlockingPortal(Runnable::run);
        this.callersThreadRuntime = TauriRuntime.builder(this.callersThreadPortal).build();
        this.callersThreadRuntime.commands().registerAll(new Greeter());
        this.request = new InvokeRequest("greet", InvokeBody.json(ARGUMENTS), Headers.empty(),
                PageConnection.detached("bench"));
    }

    @TearDown(Level.Trial)
    public void stop() {
        this.portal.stop();
        this.portalThreads.shutdownNow();
    }

    /** The whole pipeline: hop to the portal, find the command, bind, call, write, respond. */
    @Benchmark
    public InvokeResponse invokeSmallJsonCommand() {
        return this.runtime.invoker().invoke(this.request).join();
    }

    /** Baseline: a task to the portal and its result back, nothing else. */
    @Benchmark
    public String portalRoundTrip() {
        return this.portal.startTaskSoon(() -> "Hello").join();
    }

    /** The pipeline's own work: the whole invoke, on a portal that runs it on this thread. */
    @Benchmark
    public InvokeResponse invokeOnTheCallersThread() {
        return this.callersThreadRuntime.invoker().invoke(this.request).join();
    }

    /** Baseline for the above: a bare task through a portal that runs it on this thread. */
    @Benchmark
    public String portalTaskOnTheCallersThread() {
        return this.callersThreadPortal.startTaskSoon(() -> "Hello").join();
    }

    /** Baseline: the JSON work alone, on the calling thread. */
    @Benchmark
    public String jacksonParseAndWrite() {
        JsonNode arguments = this.mapper.readTree(ARGUMENTS);
        return this.mapper.writeValueAsString("Hello, " + arguments.get("name").stringValue() + "!");
    }

    public static class Greeter {

        @TauriCommand
        public String greet(String name) {
            return "Hello, " + name + "!";
        }
    }
}
