package dev.jtauri.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A jtauri app in a child JVM, as a user runs it: its own {@code main}, a display of the tests'
 * Xvfb, and a CEF profile of its own. Its standard output goes to {@code target/e2e-logs/}, and
 * its {@code E2E} report lines are parsed for the tests to assert on.
 */
final class AppProcess implements AutoCloseable {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final int LOG_LINES = 40;

    // Enough of a crash report to reach its native and Java stacks.
    private static final int CRASH_REPORT_LINES = 80;

    private final Process process;

    private final List<JsonNode> reports = new CopyOnWriteArrayList<>();

    private final Set<ProcessHandle> seenDescendants = new java.util.concurrent.CopyOnWriteArraySet<>();

    private final Path log;

    private final Thread reader;

    private AppProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.reader = new Thread(this::readOutput, "app-output");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    static AppProcess launch(String name, Class<?> mainClass, XvfbServer xvfb, Path dataDir, String... arguments)
            throws IOException {
        List<String> all = new ArrayList<>();
        all.add("--tauri.webview.data-dir=" + dataDir);
        all.addAll(List.of(arguments));
        return launch(name, mainClass, xvfb, Map.of(), all);
    }

    /**
     * Launch an app with environment variables of the test's and the arguments as given (no CEF
     * profile of its own unless they name one).
     */
    static AppProcess launch(String name, Class<?> mainClass, XvfbServer xvfb, Map<String, String> environment,
            List<String> arguments) throws IOException {
        return launch(name, mainClass, xvfb, environment, arguments, List.of());
    }

    /**
     * Launch an app as the leader of a process group (and session) of its own, as a desktop
     * session, {@code timeout} or a service manager starts one: its Chromium processes join the
     * group, and {@link #signalGroup} reaches them all at once.
     */
    static AppProcess launchAsGroupLeader(String name, Class<?> mainClass, XvfbServer xvfb, Path dataDir,
            String... arguments) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>();
        all.add("--tauri.webview.data-dir=" + dataDir);
        all.addAll(List.of(arguments));
        // setsid execs the JVM in place (its caller is no group leader), so the app keeps the PID
        // the test sees, and that PID names the group.
        AppProcess app = launch(name, mainClass, xvfb, Map.of(), all, List.of("setsid"));
        // setsid makes the group as it starts, a moment after the launch.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (processGroup(app.pid()) != app.pid()) {
            if (System.nanoTime() > deadline) {
                app.close();
                throw new IllegalStateException("The app (process " + app.pid() + ") is in group "
                        + processGroup(app.pid()) + ", not a group of its own");
            }
            Thread.sleep(10);
        }
        return app;
    }

    private static AppProcess launch(String name, Class<?> mainClass, XvfbServer xvfb, Map<String, String> environment,
            List<String> arguments, List<String> launcher) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path logs = Files.createDirectories(Path.of("target", "e2e-logs"));
        Path log = logs.resolve(name + ".log");
        // A JVM that crashes (natively, say in CEF) writes its report next to the app's log.
        Path crashReport = crashReport(log);
        Files.deleteIfExists(crashReport);
        command.add("-XX:ErrorFile=" + crashReport.toAbsolutePath());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", xvfb.display());
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(environment);
        return new AppProcess(builder.start(), log);
    }

    /**
     * Wait for the first report of a type.
     */
    JsonNode awaitReport(String type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            rememberDescendants();
            boolean exited = !this.process.isAlive();
            if (exited) {
                // Every line the app wrote is read before the reports are looked at a last time.
                this.reader.join(TimeUnit.SECONDS.toMillis(10));
            }
            JsonNode report = firstReport(type);
            if (report != null) {
                return report;
            }
            if (exited) {
                throw new AssertionError("The app exited with " + this.process.exitValue() + " before reporting '"
                        + type + "'; see " + this.log.toAbsolutePath() + diagnosis());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No '" + type + "' report within " + timeout + "; see " + this.log.toAbsolutePath()
                + diagnosis());
    }

    /**
     * Wait for the first report of a type whose {@code name} is given (the load pages' reports),
     * failing at once on one named {@code failed}.
     * @return the report's {@code data}
     */
    JsonNode awaitNamed(String type, String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode report : reports(type)) {
                if (report.get("name").stringValue().equals("failed")) {
                    throw new AssertionError("The page failed: " + report.get("data") + "; see " + this.log.toAbsolutePath()
                            + diagnosis());
                }
                if (report.get("name").stringValue().equals(name)) {
                    return report.get("data");
                }
            }
            if (!this.process.isAlive()) {
                this.reader.join(TimeUnit.SECONDS.toMillis(10));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No '" + name + "' report within " + timeout + "; see " + this.log.toAbsolutePath()
                + "; the reports: " + reports(type) + diagnosis());
    }

    private @Nullable JsonNode firstReport(String type) {
        return this.reports.stream().filter((report) -> type.equals(report.get("type").stringValue())).findFirst()
            .orElse(null);
    }

    List<JsonNode> reports(String type) {
        return this.reports.stream().filter((report) -> type.equals(report.get("type").stringValue())).toList();
    }

    /**
     * The page's {@code check} reports are the expected ones, in order, and each passed.
     * @param names the checks' names
     * @return the checks
     */
    List<JsonNode> assertChecksPassed(List<String> names) {
        List<JsonNode> checks = reports("check");
        assertThat(checks).extracting((check) -> check.get("name").stringValue()).containsExactlyElementsOf(names);
        assertThat(checks).allSatisfy((check) -> assertThat(check.get("ok").booleanValue())
            .as("%s: %s", check.get("name").stringValue(), check.get("detail")).isTrue());
        return checks;
    }

    /**
     * The Chromium processes a {@code cefStarted} report listed are gone (they get a few seconds
     * to go, as after any exit): for processes started before this test could see them.
     * @param cefStarted the report
     */
    void assertReportedChromiumEnded(JsonNode cefStarted) {
        List<Long> chromium = cefStarted.get("chromiumPids").valueStream().map(JsonNode::longValue).toList();
        assertThat(chromium).as("Chromium's processes while the app started").isNotEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(chromium)
            .as("Chromium's processes left after the app exited")
            .noneMatch((pid) -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)));
    }

    /** No Chromium process of the app's outlives it (they get a few seconds to go). */
    void assertNoSurvivors() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(survivors())
            .as("Chromium processes left after exit").isEmpty());
    }

    /** The app's own child processes (Chromium's), as seen so far. */
    Set<ProcessHandle> descendants() {
        rememberDescendants();
        return Set.copyOf(this.seenDescendants);
    }

    /**
     * The app's running Chromium processes of a type, by their command line (which
     * {@code ProcessHandle.Info} leaves out when long).
     * @param type such as {@code renderer} or {@code gpu-process}
     */
    List<ProcessHandle> chromiumProcesses(String type) {
        return descendants().stream()
            .filter((process) -> process.isAlive()
                    && commandLine(Path.of("/proc", Long.toString(process.pid()))).contains(" --type=" + type + " "))
            .toList();
    }

    /** Of the descendants ever seen, those still running. */
    Set<ProcessHandle> survivors() {
        return this.seenDescendants.stream().filter(ProcessHandle::isAlive).collect(Collectors.toSet());
    }

    /**
     * Wait for the app to exit with a code; another code fails with the end of the app's log.
     * @param expected the exit code
     * @param meaning what the code stands for, for the failure message
     */
    void assertExitsWith(int expected, String meaning) throws InterruptedException {
        int code = awaitExit(Duration.ofSeconds(30));
        if (code != expected) {
            throw new AssertionError("Expected exit code " + expected + " (" + meaning + ") but was " + code + "; see "
                    + this.log.toAbsolutePath() + diagnosis());
        }
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The app did not exit within " + timeout + "; see " + this.log.toAbsolutePath()
                    + diagnosis() + threadDump());
        }
        // Every line the app wrote is read before anyone looks at the reports.
        this.reader.join(TimeUnit.SECONDS.toMillis(10));
        return this.process.exitValue();
    }

    /**
     * Ask the app to stop as a user's kill does: SIGTERM, which closes the Spring context.
     * Through the process handle, because {@code Process.destroy()} also closes the pipe the
     * app's last lines would come through.
     */
    void terminate() {
        rememberDescendants();
        this.process.toHandle().destroy();
    }

    /**
     * Send a signal to the app's whole process group, as {@code kill -- -<pgid>} does: the app and
     * every Chromium process at once. For an app launched {@link #launchAsGroupLeader as a group
     * leader}.
     * @param signal the signal's name, such as {@code TERM}
     */
    void signalGroup(String signal) throws IOException, InterruptedException {
        rememberDescendants();
        Process kill = new ProcessBuilder("kill", "-s", signal, "--", "-" + pid()).redirectErrorStream(true).start();
        String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new AssertionError("kill -s " + signal + " -- -" + pid() + " failed: " + output);
        }
    }

    /**
     * No process of the app's group is left running: for an app launched as a group leader, this
     * covers Chromium processes started after the test last looked (they get a few seconds to go).
     */
    void assertGroupEnded() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(groupMembers(pid()))
            .as("processes of the app's group left after exit").isEmpty());
    }

    boolean isAlive() {
        return this.process.isAlive();
    }

    long pid() {
        return this.process.pid();
    }

    /** The JVM did not crash: it wrote no crash report. */
    void assertNoCrashReport() {
        assertThat(crashReport(this.log)).as("the JVM's crash report" + diagnosis()).doesNotExist();
    }

    Path log() {
        return this.log;
    }

    /** What the app wrote so far; Chromium's lines are not always valid UTF-8. */
    String logText() throws IOException {
        return new String(Files.readAllBytes(this.log), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        rememberDescendants();
        if (this.process.isAlive()) {
            this.process.destroy();
            if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
                this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        // Whatever the assertions said, leave nothing running behind.
        this.seenDescendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * The end of the app's log, and the start of the JVM's crash report if it wrote one, for the
     * failure message: CI shows the test output, not the files.
     */
    private String diagnosis() {
        StringBuilder text = new StringBuilder();
        appendLines(text, "last lines of the app's log", this.log, -LOG_LINES);
        appendLines(text, "start of the JVM's crash report", crashReport(this.log), CRASH_REPORT_LINES);
        return text.toString();
    }

    /** Where a hung app's threads are, for the failure message. */
    private String threadDump() {
        try {
            Process jstack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(),
                    Long.toString(this.process.pid()))
                .redirectErrorStream(true)
                .start();
            String dump = new String(jstack.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jstack.waitFor(30, TimeUnit.SECONDS);
            return System.lineSeparator() + "--- the app's threads ---" + System.lineSeparator() + dump;
        }
        catch (IOException ex) {
            return System.lineSeparator() + "(no thread dump: " + ex + ")";
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The running processes (not zombies) of a process group, with their command lines. */
    private static List<String> groupMembers(long group) throws IOException {
        List<String> members = new ArrayList<>();
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter((path) -> path.getFileName().toString().matches("\\d+")).toList()) {
                String[] stat = stat(process);
                if (stat != null && !stat[0].equals("Z") && Long.parseLong(stat[2]) == group) {
                    members.add(process.getFileName() + " " + commandLine(process));
                }
            }
        }
        return members;
    }

    private static long processGroup(long pid) throws IOException {
        String[] stat = stat(Path.of("/proc", Long.toString(pid)));
        if (stat == null) {
            throw new IllegalStateException("Process " + pid + " has ended");
        }
        return Long.parseLong(stat[2]);
    }

    /**
     * The fields of {@code /proc/<pid>/stat} after the command's name (state, parent, group, ...),
     * or null for a process that has ended.
     */
    private static String @Nullable [] stat(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            // The command's name is in parentheses and may hold spaces or parentheses itself.
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        }
        catch (IOException ex) {
            return null;
        }
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        }
        catch (IOException ex) {
            return "(gone)";
        }
    }

    private static Path crashReport(Path log) {
        return log.resolveSibling(log.getFileName().toString().replace(".log", "-hs_err.log"));
    }

    private static void appendLines(StringBuilder text, String title, Path file, int count) {
        if (!Files.isReadable(file)) {
            return;
        }
        try {
            // Lenient decoding: Chromium's lines are not always valid UTF-8. Its dbus complaints
            // (there is no session bus under Xvfb) are noise.
            List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines()
                .filter((line) -> !line.contains(":ERROR:dbus/"))
                .toList();
            List<String> part = (count < 0) ? lines.subList(Math.max(0, lines.size() + count), lines.size())
                    : lines.subList(0, Math.min(count, lines.size()));
            text.append(System.lineSeparator()).append("--- ").append(title).append(" ---");
            part.forEach((line) -> text.append(System.lineSeparator()).append(line));
        }
        catch (IOException ex) {
            text.append(System.lineSeparator()).append("(").append(file).append(" unreadable: ").append(ex).append(")");
        }
    }

    private void rememberDescendants() {
        if (this.process.isAlive()) {
            this.process.descendants().forEach(this.seenDescendants::add);
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(this.process.getInputStream(),
                StandardCharsets.UTF_8)); PrintWriter out = new PrintWriter(Files.newBufferedWriter(this.log))) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                out.flush();
                int at = line.indexOf(Reports.PREFIX + "{");
                if (at >= 0) {
                    this.reports.add(MAPPER.readTree(line.substring(at + Reports.PREFIX.length())));
                }
            }
        }
        catch (IOException ex) {
            // the process ended
        }
    }
}
