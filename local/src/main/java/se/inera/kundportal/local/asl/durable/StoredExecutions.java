package se.inera.kundportal.local.asl.durable;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.inera.kundportal.local.asl.ExecutionArchive;
import se.inera.kundportal.local.asl.ExecutionDescription;
import se.inera.kundportal.local.asl.ExecutionSnapshot;

/**
 * The finished executions the engine evicted from memory, read back from their files on demand. Their files were
 * written when they ended (before the engine evicts anything); all that stays in memory is a summary per execution
 * for ListExecutions (ARNs, name, status, dates: no input, output or history).
 */
final class StoredExecutions implements ExecutionArchive {
    private static final System.Logger LOG = System.getLogger(StoredExecutions.class.getName());

    private final StoreFolder folder;
    private final Map<String, ExecutionDescription> summaries = new ConcurrentHashMap<>();

    StoredExecutions(StoreFolder folder) {
        this.folder = folder;
    }

    @Override
    public void evicted(ExecutionDescription execution) {
        summaries.put(execution.executionArn(), new ExecutionDescription(execution.executionArn(),
                execution.stateMachineArn(), execution.name(), execution.status(), null, null, null, null,
                execution.startDate(), execution.stopDate()));
    }

    @Override
    public boolean contains(String executionArn) {
        return summaries.containsKey(executionArn);
    }

    @Override
    public Optional<ExecutionSnapshot> read(String executionArn) {
        if (!contains(executionArn)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ExecutionSnapshot.fromJson(StoreFolder.read(folder.executionFile(executionArn))));
        } catch (IOException | RuntimeException e) {
            // E.g. deleted by hand, or never written because the disk was full when the execution ended.
            LOG.log(System.Logger.Level.WARNING, "cannot read back the evicted execution " + executionArn + " from "
                    + folder.executionFile(executionArn) + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    @Override
    public List<ExecutionDescription> list(String stateMachineArn) {
        return summaries.values().stream()
                .filter(summary -> summary.stateMachineArn().equals(stateMachineArn))
                .toList();
    }
}
