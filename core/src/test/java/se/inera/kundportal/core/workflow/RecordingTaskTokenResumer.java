package se.inera.kundportal.core.workflow;

import java.util.ArrayList;
import java.util.List;

/** A {@link TaskTokenResumer} for tests: records each wake-up, or fails every one while {@link #failing} is set. */
public final class RecordingTaskTokenResumer implements TaskTokenResumer {

    public record Resumed(String taskToken, Object output) {
    }

    public final List<Resumed> resumed = new ArrayList<>();
    /** When set, every resume throws it (a throttled or unreachable Step Functions). */
    public RuntimeException failing;

    @Override
    public ResumeOutcome resume(String taskToken, Object output, String what) {
        if (failing != null) {
            throw failing;
        }
        resumed.add(new Resumed(taskToken, output));
        return ResumeOutcome.RESUMED;
    }
}
