package dev.jtauri.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.jtauri.Headers;
import dev.jtauri.RuntimeFixture;
import dev.jtauri.TauriCommand;
import dev.jtauri.async.TaskGroup;
import dev.jtauri.command.CommandDefinitionException;
import dev.jtauri.ipc.InvokeBody;
import dev.jtauri.ipc.InvokeError;
import dev.jtauri.ipc.InvokeRequest;
import dev.jtauri.ipc.InvokeResponse;
import dev.jtauri.webview.PageConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A call the page calls off, or that runs past its timeout, is answered at once and its work is
 * cancelled: the command's thread interrupted, the stage it returned cancelled, the task group it
 * took cancelled. A page has a bounded number of calls in flight, and a call that ignores its
 * cancellation keeps its slot until it returns.
 */
class CancellationTests {

    private final Work work = new Work();

    private RuntimeFixture fixture = RuntimeFixture.start(this.work);

    private final PageConnection page = PageConnection.detached("main");

    @AfterEach
    void close() {
        this.work.release.countDown();
        this.fixture.close();
    }

    @Test
    void aCallCalledOffIsAnsweredAtOnceAndItsThreadInterrupted() throws Exception {
        RunningCall call = start("block");
        assertThat(this.work.started.await(5, TimeUnit.SECONDS)).isTrue();

        call.cancel();

        assertThat(error(call)).satisfies((error) -> {
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.CANCELLED);
            assertThat(error.message()).isEqualTo("command 'block' was cancelled: the page called it off, or left");
        });
        assertThat(this.work.interrupted.get(5, TimeUnit.SECONDS)).as("the command's thread interrupted").isTrue();
        call.settled().get(5, TimeUnit.SECONDS);
    }

    @Test
    void aStageACommandReturnedIsCancelledWithItsCall() throws Exception {
        RunningCall call = start("later");
        CompletableFuture<String> stage = this.work.stage.get(5, TimeUnit.SECONDS);

        call.cancel();

        assertThat(error(call).kind()).isEqualTo(InvokeError.Kind.CANCELLED);
        call.settled().get(5, TimeUnit.SECONDS);
        assertThat(stage).isCancelled();
    }

    @Test
    void aTaskGroupParameterIsTheCallsOwnAndIsCancelledWithIt() throws Exception {
        RunningCall call = start("background");
        assertThat(ok(call)).isEqualTo("\"started\"");
        assertThat(this.work.taskStarted.await(5, TimeUnit.SECONDS)).as("the call's task").isTrue();

        call.cancel();
        assertThat(this.work.interrupted.get(5, TimeUnit.SECONDS)).as("nothing to cancel once answered").isFalse();

        this.fixture.asyncTools.taskGroup().close(Duration.ofSeconds(5));
        assertThat(this.work.taskInterrupted.get(5, TimeUnit.SECONDS)).as("the task, as the app ends").isTrue();
    }

    @Test
    void aTaskOfTheCallsGroupIsInterruptedWhenTheCallIsCalledOffBeforeItAnswers() throws Exception {
        RunningCall call = start("backgroundThenBlock");
        assertThat(this.work.started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(this.work.taskStarted.await(5, TimeUnit.SECONDS)).isTrue();

        call.cancel();

        assertThat(this.work.taskInterrupted.get(5, TimeUnit.SECONDS)).as("the call's task").isTrue();
        assertThat(this.work.interrupted.get(5, TimeUnit.SECONDS)).as("the command itself").isTrue();
    }

    @Test
    void aCommandPastItsOwnTimeoutIsRefusedAndItsWorkCancelled() throws Exception {
        RunningCall call = start("slow");

        assertThat(error(call)).satisfies((error) -> {
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.TIMEOUT);
            assertThat(error.message()).isEqualTo("command 'slow' did not answer within 200 ms, so its work was "
                    + "cancelled (@TauriCommand(timeout), tauri.ipc.command-timeout)");
        });
        assertThat(this.work.interrupted.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theAppsTimeoutAppliesWhereACommandSaysNothingAndZeroMeansNone() throws Exception {
        this.fixture.close();
        this.fixture = RuntimeFixture.start((builder) -> builder.callLimits(new CallLimits(10, Duration.ofMillis(200))),
                this.work);

        assertThat(error(start("block")).message()).startsWith("command 'block' did not answer within 200 ms");
        RunningCall patient = start("patient");
        Thread.sleep(400);
        assertThat(patient.response()).as("a command whose timeout is 0").isNotDone();
        this.work.release.countDown();
        assertThat(ok(patient)).isEqualTo("\"done\"");
    }

    @Test
    void aPageWithAsManyCallsInFlightAsItMayIsRefusedAndAStubbornCallKeepsItsSlotUntilItReturns() throws Exception {
        this.fixture.close();
        this.fixture = RuntimeFixture.start((builder) -> builder.callLimits(new CallLimits(1, null)), this.work);
        RunningCall stubborn = start("stubborn");
        assertThat(this.work.started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(error(start("block"))).satisfies((error) -> {
            assertThat(error.kind()).isEqualTo(InvokeError.Kind.BUSY);
            assertThat(error.message()).isEqualTo("command 'block' was not run: window 'main' has 1 calls in flight, "
                    + "as many as it may (tauri.ipc.max-calls-in-flight)");
        });
        stubborn.cancel();
        assertThat(error(stubborn).kind()).isEqualTo(InvokeError.Kind.CANCELLED);
        assertThat(error(start("block")).kind()).as("while the stubborn call still runs").isEqualTo(InvokeError.Kind.BUSY);

        this.work.release.countDown();
        stubborn.settled().get(5, TimeUnit.SECONDS);
        assertThat(ok(start("patient"))).isEqualTo("\"done\"");
    }

    @Test
    void aTimeoutThatIsNoDurationFailsTheCommandsRegistrationNamingIt() {
        assertThatExceptionOfType(CommandDefinitionException.class)
            .isThrownBy(() -> this.fixture.runtime.commands().registerAll(new BadTimeout()))
            .withMessageContaining("Command 'soon' (BadTimeout#soon())")
            .withMessageContaining("has @TauriCommand(timeout = \"soon\"), which is not a duration");
    }

    private RunningCall start(String command) {
        return this.fixture.runtime.invoker()
            .start(() -> new InvokeRequest(command, InvokeBody.json("{}"), Headers.empty(), this.page));
    }

    private static InvokeError error(RunningCall call) throws Exception {
        InvokeResponse response = call.response().get(5, TimeUnit.SECONDS);
        assertThat(response).isInstanceOf(InvokeResponse.Err.class);
        return ((InvokeResponse.Err) response).error();
    }

    private static String ok(RunningCall call) throws Exception {
        InvokeResponse response = call.response().get(5, TimeUnit.SECONDS);
        assertThat(response).as("%s", response).isInstanceOf(InvokeResponse.Ok.class);
        return ((InvokeBody.Json) ((InvokeResponse.Ok) response).body()).text();
    }

    static final class Work {

        final CountDownLatch started = new CountDownLatch(1);

        final CountDownLatch taskStarted = new CountDownLatch(1);

        final CountDownLatch release = new CountDownLatch(1);

        final CompletableFuture<Boolean> interrupted = new CompletableFuture<>();

        final CompletableFuture<Boolean> taskInterrupted = new CompletableFuture<>();

        final CompletableFuture<CompletableFuture<String>> stage = new CompletableFuture<>();

        @TauriCommand
        public String block() {
            this.started.countDown();
            try {
                this.release.await();
                this.interrupted.complete(false);
                return "released";
            }
            catch (InterruptedException ex) {
                this.interrupted.complete(true);
                return "interrupted";
            }
        }

        @TauriCommand(timeout = "200ms")
        public String slow() {
            return block();
        }

        @TauriCommand(timeout = "0")
        public String patient() throws InterruptedException {
            this.release.await();
            return "done";
        }

        /** Ignores its interruption: it returns when released, whatever happens meanwhile. */
        @TauriCommand
        public String stubborn() {
            this.started.countDown();
            boolean interrupted = false;
            while (true) {
                try {
                    this.release.await();
                    break;
                }
                catch (InterruptedException ex) {
                    interrupted = true;
                }
            }
            this.interrupted.complete(interrupted);
            return "done";
        }

        @TauriCommand
        public CompletableFuture<String> later() {
            CompletableFuture<String> result = new CompletableFuture<>();
            this.stage.complete(result);
            return result;
        }

        @TauriCommand
        public String background(TaskGroup group) {
            group.startSoon("the call's task", this::runTask);
            this.interrupted.complete(false);
            return "started";
        }

        @TauriCommand
        public String backgroundThenBlock(TaskGroup group) {
            group.startSoon("the call's task", this::runTask);
            return block();
        }

        private void runTask() {
            this.taskStarted.countDown();
            try {
                new CountDownLatch(1).await();
            }
            catch (InterruptedException ex) {
                this.taskInterrupted.complete(true);
            }
        }
    }

    static final class BadTimeout {

        @TauriCommand(timeout = "soon")
        public String soon() {
            return "never";
        }
    }
}
