package se.inera.kundportal.local.asl;

import java.util.List;
import java.util.Optional;

/**
 * Where an {@link AslEngine} finds the finished executions it no longer keeps in memory (it keeps the newest
 * {@code finishedExecutionsInMemory}). Without an archive ({@link #NONE}) an evicted execution is gone: describe
 * calls answer ExecutionDoesNotExist and its name may be used again. A persistent store (the {@code durable}
 * package) reads them back from its files instead.
 *
 * <p>The engine calls {@link #evicted} before it drops the execution, so that no describe call finds neither.
 */
public interface ExecutionArchive {
    /** No archive: evicted executions are forgotten. */
    ExecutionArchive NONE = new ExecutionArchive() {
        @Override
        public void evicted(ExecutionDescription execution) {
        }

        @Override
        public boolean contains(String executionArn) {
            return false;
        }

        @Override
        public Optional<ExecutionSnapshot> read(String executionArn) {
            return Optional.empty();
        }

        @Override
        public List<ExecutionDescription> list(String stateMachineArn) {
            return List.of();
        }
    };

    /** The engine is about to drop this finished execution from memory; from now on it asks the archive for it. */
    void evicted(ExecutionDescription execution);

    /** Whether the archive holds the execution; cheap, called on every StartExecution to keep names used. */
    boolean contains(String executionArn);

    /** The whole execution, history included; empty when the archive does not hold it (or can no longer read it). */
    Optional<ExecutionSnapshot> read(String executionArn);

    /**
     * The archived executions of a state machine, in any order. Input, output, error and cause may be null here
     * (ListExecutions shows none of them); {@link #read} has them.
     */
    List<ExecutionDescription> list(String stateMachineArn);
}
