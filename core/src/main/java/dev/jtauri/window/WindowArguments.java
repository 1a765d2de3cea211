package dev.jtauri.window;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.jtauri.InvokeException;
import dev.jtauri.dpi.LogicalPosition;
import dev.jtauri.dpi.LogicalSize;
import dev.jtauri.dpi.PhysicalPosition;
import dev.jtauri.dpi.PhysicalSize;
import dev.jtauri.dpi.Position;
import dev.jtauri.dpi.Size;
import org.jspecify.annotations.Nullable;

/**
 * The window plugin's argument shapes, as {@code @tauri-apps/api/dpi} serializes them:
 * {@code {"Logical": {...}}} or {@code {"Physical": {...}}}.
 */
final class WindowArguments {

    private WindowArguments() {
    }

    /** A {@code Size} on the wire. */
    record SizeArgument(@JsonProperty("Logical") @Nullable LogicalSize logical,
            @JsonProperty("Physical") @Nullable PhysicalSize physical) {

        Size toSize() {
            if ((this.logical == null) == (this.physical == null)) {
                throw new InvokeException("a size must be either {Logical: {width, height}} or {Physical: {width, height}}");
            }
            return (this.logical != null) ? this.logical : this.physical;
        }
    }

    /** A {@code Position} on the wire. */
    record PositionArgument(@JsonProperty("Logical") @Nullable LogicalPosition logical,
            @JsonProperty("Physical") @Nullable PhysicalPosition physical) {

        Position toPosition() {
            if ((this.logical == null) == (this.physical == null)) {
                throw new InvokeException("a position must be either {Logical: {x, y}} or {Physical: {x, y}}");
            }
            return (this.logical != null) ? this.logical : this.physical;
        }
    }

    /** {@code setSizeConstraints}' value: each bound a logical pixel count or null. */
    record SizeConstraints(@Nullable LogicalPixels minWidth, @Nullable LogicalPixels minHeight,
            @Nullable LogicalPixels maxWidth, @Nullable LogicalPixels maxHeight) {
    }

    /** {@code {"Logical": n}}. */
    record LogicalPixels(@JsonProperty("Logical") double logical) {
    }

    /** {@code requestUserAttention}'s value: {@code {type: "Critical" | "Informational"}}. */
    record AttentionRequest(@Nullable String type) {
    }
}
