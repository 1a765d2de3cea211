package dev.jtauri.webview.jcef;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.jtauri.support.OperatingSystem;
import dev.jtauri.window.Theme;
import org.jspecify.annotations.Nullable;

/**
 * The theme the desktop is set to: what a window's {@code theme()} answers while the app has set
 * none, as Tauri's does (tao reads the system's on Linux, macOS and Windows).
 *
 * <ul>
 * <li><b>Linux</b>, first answer wins: the {@code GTK_THEME} variable, which overrides the theme of
 * GTK apps ({@code Adwaita:dark} or a name ending in {@code -dark} is dark, any other name light);
 * the freedesktop appearance setting {@code color-scheme} through the desktop portal (1 dark, 2
 * light, 0 no preference); GNOME's {@code org.gnome.desktop.interface color-scheme}
 * ({@code prefer-dark}, {@code prefer-light}; {@code default} is no preference); GNOME's
 * {@code gtk-theme}, dark when it ends in {@code -dark}, {@code -Dark} or {@code -Darker}, tao's
 * rule. Else light.</li>
 * <li><b>macOS</b>: {@code defaults read -g AppleInterfaceStyle}, which is {@code Dark} in dark mode
 * and unset in light mode.</li>
 * <li><b>Windows</b>: the {@code AppsUseLightTheme} value of the user's personalization key, 0 for
 * dark.</li>
 * </ul>
 *
 * <p>Each question to the system is a short-lived process given {@link #TIMEOUT}; one that fails,
 * is missing or takes longer counts as no answer. The setting is not watched: {@link #latest()}
 * answers the last reading and, when it is older than {@link #REFRESH_AFTER}, reads again in the
 * background, so that only the first caller waits for the system; {@link #prime()} makes that
 * first reading early, in the background too. A window's getter may run where nothing may block
 * (CEF's thread, as the browser is created), which is why.
 */
final class SystemTheme {

    /** How long one question to the system may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(1);

    /** How long a reading is used before it is read again. */
    static final Duration REFRESH_AFTER = Duration.ofSeconds(1);

    static final List<String> PORTAL = List.of("gdbus", "call", "--session", "--dest",
            "org.freedesktop.portal.Desktop", "--object-path", "/org/freedesktop/portal/desktop", "--method",
            "org.freedesktop.portal.Settings.Read", "org.freedesktop.appearance", "color-scheme");

    static final List<String> GNOME_COLOR_SCHEME = List.of("gsettings", "get", "org.gnome.desktop.interface",
            "color-scheme");

    static final List<String> GNOME_GTK_THEME = List.of("gsettings", "get", "org.gnome.desktop.interface",
            "gtk-theme");

    static final List<String> MACOS_STYLE = List.of("defaults", "read", "-g", "AppleInterfaceStyle");

    static final List<String> WINDOWS_LIGHT_THEME = List.of("reg", "query",
            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme");

    private static final List<String> DARK_GTK_SUFFIXES = List.of("-dark", "-Dark", "-Darker");

    // The portal answers a variant, such as (<<uint32 1>>,); newer ones (<uint32 1>,).
    private static final Pattern PORTAL_VALUE = Pattern.compile("uint32 (\\d+)");

    private static final Pattern REG_DWORD = Pattern.compile("REG_DWORD\\s+0x([0-9a-fA-F]+)");

    private static final SystemTheme CURRENT = new SystemTheme(OperatingSystem.current(), System.getenv(),
            SystemTheme::run, SystemTheme::inDaemonThread, System::nanoTime);

    /** Runs a command; answers what it printed, or {@code null} when it failed or took too long. */
    @FunctionalInterface
    interface Commands {

        @Nullable String output(List<String> command, Duration timeout);
    }

    private final OperatingSystem os;

    private final Map<String, String> environment;

    private final Commands commands;

    private final Executor background;

    private final LongSupplier nanoTime;

    private volatile @Nullable Reading last;

    private final AtomicBoolean refreshing = new AtomicBoolean();

    /**
     * @param os the system to read
     * @param environment the process's variables
     * @param commands how the system is asked
     * @param background where readings after the first are made
     * @param nanoTime the clock that ages a reading
     */
    SystemTheme(OperatingSystem os, Map<String, String> environment, Commands commands, Executor background,
            LongSupplier nanoTime) {
        this.os = os;
        this.environment = Map.copyOf(environment);
        this.commands = commands;
        this.background = background;
        this.nanoTime = nanoTime;
    }

    /**
     * This process's: its system, its variables, real commands.
     * @return the system theme reader
     */
    static SystemTheme current() {
        return CURRENT;
    }

    /**
     * The desktop's theme as last read: the first call reads it, a later one gets the last reading
     * and, when that is older than {@link #REFRESH_AFTER}, has it read again in the background.
     * @return dark or light
     */
    Theme latest() {
        Reading reading = this.last;
        if (reading == null) {
            return refresh();
        }
        if (this.nanoTime.getAsLong() - reading.at() > REFRESH_AFTER.toNanos()) {
            refreshInBackground();
        }
        return reading.theme();
    }

    /** Read the desktop's theme in the background, so that the first {@link #latest()} need not. */
    void prime() {
        if (this.last == null) {
            refreshInBackground();
        }
    }

    private void refreshInBackground() {
        if (this.refreshing.compareAndSet(false, true)) {
            this.background.execute(() -> {
                try {
                    refresh();
                }
                finally {
                    this.refreshing.set(false);
                }
            });
        }
    }

    private Theme refresh() {
        Theme theme = read();
        this.last = new Reading(theme, this.nanoTime.getAsLong());
        return theme;
    }

    /**
     * Read the desktop's theme now.
     * @return dark or light; light when nothing says
     */
    Theme read() {
        Theme theme = switch (this.os) {
            case LINUX -> linux();
            case MACOS -> macos();
            case WINDOWS -> windows();
        };
        return (theme != null) ? theme : Theme.LIGHT;
    }

    private @Nullable Theme linux() {
        String gtkTheme = this.environment.get("GTK_THEME");
        if (gtkTheme != null && !gtkTheme.isBlank()) {
            String name = gtkTheme.toLowerCase(Locale.ROOT);
            return (name.endsWith(":dark") || name.endsWith("-dark")) ? Theme.DARK : Theme.LIGHT;
        }
        Theme theme = portal();
        if (theme == null) {
            theme = gnomeColorScheme();
        }
        return (theme != null) ? theme : gnomeGtkTheme();
    }

    private @Nullable Theme portal() {
        String output = ask(PORTAL);
        Matcher value = PORTAL_VALUE.matcher((output != null) ? output : "");
        if (!value.find()) {
            return null;
        }
        return switch (value.group(1)) {
            case "1" -> Theme.DARK;
            case "2" -> Theme.LIGHT;
            default -> null;
        };
    }

    private @Nullable Theme gnomeColorScheme() {
        return switch (unquoted(ask(GNOME_COLOR_SCHEME))) {
            case "prefer-dark" -> Theme.DARK;
            case "prefer-light" -> Theme.LIGHT;
            default -> null;
        };
    }

    private @Nullable Theme gnomeGtkTheme() {
        String name = unquoted(ask(GNOME_GTK_THEME));
        return DARK_GTK_SUFFIXES.stream().anyMatch(name::endsWith) ? Theme.DARK : null;
    }

    private @Nullable Theme macos() {
        String style = ask(MACOS_STYLE);
        return (style != null && style.trim().equalsIgnoreCase("dark")) ? Theme.DARK : null;
    }

    private @Nullable Theme windows() {
        String output = ask(WINDOWS_LIGHT_THEME);
        Matcher value = REG_DWORD.matcher((output != null) ? output : "");
        if (!value.find()) {
            return null;
        }
        return (Long.parseLong(value.group(1), 16) == 0) ? Theme.DARK : Theme.LIGHT;
    }

    private @Nullable String ask(List<String> command) {
        return this.commands.output(command, TIMEOUT);
    }

    /** gsettings prints a string value quoted: {@code 'prefer-dark'}. */
    private static String unquoted(@Nullable String output) {
        if (output == null) {
            return "";
        }
        String value = output.trim();
        return (value.length() >= 2 && value.startsWith("'") && value.endsWith("'"))
                ? value.substring(1, value.length() - 1) : value;
    }

    private static void inDaemonThread(Runnable task) {
        Thread thread = new Thread(task, "jtauri-system-theme");
        thread.setDaemon(true);
        thread.start();
    }

    /** A theme read, and when. */
    private record Reading(Theme theme, long at) {
    }

    /**
     * Run a command with no input, its errors discarded.
     * @param command the program and its arguments
     * @param timeout how long it may take; it is killed after that
     * @return what it printed, when it ended within the time with status 0; else {@code null}
     */
    static @Nullable String run(List<String> command, Duration timeout) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(Redirect.DISCARD).start();
        }
        catch (IOException | RuntimeException ex) {
            return null; // not installed, say
        }
        try (InputStream out = process.getInputStream()) {
            process.getOutputStream().close(); // it reads nothing
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                return null;
            }
            // Its output is a line or two, which the pipe held while it ran.
            return new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            return null;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        }
        finally {
            process.destroyForcibly();
        }
    }
}
