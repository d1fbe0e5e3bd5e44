package se.inera.kundportal.local.asl;

/** The statuses of a Standard workflow execution, as DescribeExecution reports them. */
public enum ExecutionStatus {
    RUNNING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABORTED;

    public boolean isTerminal() {
        return this != RUNNING;
    }
}
