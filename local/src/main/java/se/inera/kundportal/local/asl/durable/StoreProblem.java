package se.inera.kundportal.local.asl.durable;

import java.nio.file.Path;

/** A stored file that could not be brought back on open, and why; the file is left where it is for a person to look at. */
public record StoreProblem(Path file, String reason) {
    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
