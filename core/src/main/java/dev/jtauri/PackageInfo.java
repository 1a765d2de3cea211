package dev.jtauri;

import java.util.Objects;

/**
 * The app's name and version, Tauri's {@code PackageInfo} ({@code app.package_info()}), as
 * {@code getName()} and {@code getVersion()} of {@code @tauri-apps/api/app} return them.
 *
 * @param name the app's name, for people: Tauri's {@code productName}
 * @param version the app's version, such as {@code 1.2.0}
 */
public record PackageInfo(String name, String version) {

    public PackageInfo {
        requireText(name, "name");
        requireText(version, "version");
    }

    private static void requireText(String value, String what) {
        if (Objects.requireNonNull(value, what).isBlank()) {
            throw new IllegalArgumentException("The app's " + what + " must not be blank");
        }
    }
}
