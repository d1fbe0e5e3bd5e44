package se.inera.kundportal.local.asl;

import java.time.Instant;

/**
 * What DescribeExecution returns. {@code input} and {@code output} are JSON texts; {@code output}
 * is set when SUCCEEDED, {@code error}/{@code cause} may be set when FAILED, TIMED_OUT or ABORTED
 * (either may be null, as in AWS), {@code stopDate} once terminal.
 */
public record ExecutionDescription(String executionArn, String stateMachineArn, String name, ExecutionStatus status,
        String input, String output, String error, String cause, Instant startDate, Instant stopDate) {}
