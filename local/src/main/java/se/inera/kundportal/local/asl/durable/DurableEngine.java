package se.inera.kundportal.local.asl.durable;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.inera.kundportal.local.asl.AslEngine;
import se.inera.kundportal.local.asl.ExecutionSnapshot;
import se.inera.kundportal.local.asl.StateMachineCatalog;
import se.inera.kundportal.local.asl.StateMachineDescription;
import se.inera.kundportal.local.asl.lambda.LambdaRegistry;
import se.inera.kundportal.local.asl.time.Scheduler;

/**
 * An {@link AslEngine} whose state machines and executions live in a folder and survive a restart: open the same
 * folder again and every machine is there, finished executions are listed and described, and waiting ones go on
 * waiting (same task token, the rest of their timeout). See {@code package-info.java}.
 *
 * <p>Use {@link #engine()} for everything, except creating, updating and deleting state machines, which go through
 * this class so that the machine file is written at once. (A machine created on the engine directly is saved with
 * its first execution, or by {@link #close()}.)
 */
public final class DurableEngine implements StateMachineCatalog, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DurableEngine.class.getName());

    private final AslEngine engine;
    private final StoreFolder folder;
    private final SnapshotWriter writer;
    private final List<StoreProblem> problems = new ArrayList<>();

    private DurableEngine(AslEngine engine, StoreFolder folder) {
        this.engine = engine;
        this.folder = folder;
        this.writer = new SnapshotWriter(engine, folder);
    }

    /** A new engine on {@code scheduler} with the folder's machines and executions in it (the folder may be new). */
    public static DurableEngine open(Path folder, Scheduler scheduler, LambdaRegistry lambdas) {
        return open(folder, new AslEngine(scheduler, lambdas));
    }

    /**
     * Fills {@code freshEngine} (e.g. one built with its own region and account) from the folder and persists it
     * from now on. Unreadable files are skipped and listed in {@link #problems()}, never fatal.
     *
     * @throws IllegalArgumentException when the engine already has state machines
     */
    public static DurableEngine open(Path folder, AslEngine freshEngine) {
        if (!freshEngine.listStateMachines().isEmpty()) {
            throw new IllegalArgumentException("open a store with a fresh engine: this one already has state machines");
        }
        DurableEngine durable = new DurableEngine(freshEngine, new StoreFolder(folder));
        // Listening before anything is restored: a resumed execution may move on at once on a real-time scheduler.
        freshEngine.addListener(durable.writer);
        // Finished executions beyond the engine's in-memory limit (restored ones too) are read back from their files.
        freshEngine.archiveEvictedExecutions(new StoredExecutions(durable.folder));
        durable.removeLeftoverTemporaryFiles();
        durable.recreateStateMachines();
        durable.restoreExecutions();
        return durable;
    }

    public AslEngine engine() {
        return engine;
    }

    public Path folder() {
        return folder.root();
    }

    /** The files that were skipped on open, and why (also logged as warnings). */
    public List<StoreProblem> problems() {
        return List.copyOf(problems);
    }

    /** {@link AslEngine#createStateMachine}, saved before it returns. */
    @Override
    public StateMachineDescription createStateMachine(String name, String definition, String roleArn) {
        StateMachineDescription machine = engine.createStateMachine(name, definition, roleArn);
        writer.write(machine);
        return machine;
    }

    /** {@link AslEngine#updateStateMachine}, saved before it returns. */
    @Override
    public StateMachineDescription updateStateMachine(String stateMachineArn, String definition, String roleArn) {
        StateMachineDescription machine = engine.updateStateMachine(stateMachineArn, definition, roleArn);
        writer.write(machine);
        return machine;
    }

    /** {@link AslEngine#deleteStateMachine}; its executions' files stay, so they can still be described. */
    @Override
    public void deleteStateMachine(String stateMachineArn) {
        engine.deleteStateMachine(stateMachineArn);
        writer.delete(stateMachineArn);
    }

    /**
     * Saves every state machine the engine has (also those created on it directly) and stops writing: the engine
     * may be discarded and the folder opened by another one. Executions are already saved as they pause and end.
     */
    @Override
    public void close() {
        if (writer.isClosed()) {
            return;
        }
        engine.listStateMachines().forEach(writer::write);
        writer.close();
    }

    private void removeLeftoverTemporaryFiles() {
        for (String kind : List.of(StoreFolder.STATE_MACHINES, StoreFolder.EXECUTIONS)) {
            for (Path leftover : folder.leftoverTemporaryFiles(kind)) {
                // The write it belonged to never completed; the file it was meant to replace is intact.
                LOG.log(System.Logger.Level.INFO, "removing " + leftover + ", left by an interrupted write");
                StoreFolder.deleteQuietly(leftover);
            }
        }
    }

    private void recreateStateMachines() {
        for (Path file : folder.files(StoreFolder.STATE_MACHINES)) {
            StoredStateMachine stored;
            try {
                stored = StoredStateMachine.fromJson(StoreFolder.read(file));
            } catch (IOException | RuntimeException e) {
                skip(file, "not a readable state machine file (" + e.getMessage() + ")");
                continue;
            }
            StateMachineDescription machine;
            try {
                machine = stored.creationDate() == null
                        ? engine.createStateMachine(stored.name(), stored.definition(), stored.roleArn())
                        : engine.createStateMachine(stored.name(), stored.definition(), stored.roleArn(),
                                Instant.parse(stored.creationDate()));
            } catch (RuntimeException e) {
                skip(file, "state machine " + stored.stateMachineArn() + " cannot be created again (" + e.getMessage() + ")");
                continue;
            }
            if (!machine.stateMachineArn().equals(stored.stateMachineArn())) {
                engine.deleteStateMachine(machine.stateMachineArn());
                skip(file, "state machine " + stored.stateMachineArn() + " belongs to another region or account than this"
                        + " engine, which would name it " + machine.stateMachineArn());
                continue;
            }
            writer.alreadyWritten(machine);
        }
    }

    private void restoreExecutions() {
        for (Path file : folder.files(StoreFolder.EXECUTIONS)) {
            ExecutionSnapshot snapshot;
            try {
                snapshot = ExecutionSnapshot.fromJson(StoreFolder.read(file));
                // Reads the fields restore depends on, so that a damaged file fails here with its name.
                snapshot.status();
                snapshot.lastEventId();
            } catch (IOException | RuntimeException e) {
                skip(file, "not a readable execution snapshot (" + e.getMessage() + ")");
                continue;
            }
            String executionArn = snapshot.executionArn();
            writer.alreadyWritten(snapshot);
            try {
                engine.restore(snapshot);
            } catch (RuntimeException e) {
                writer.forget(executionArn);
                skip(file, "execution " + executionArn + " cannot be restored (" + e.getMessage() + ")");
            }
        }
    }

    private void skip(Path file, String reason) {
        StoreProblem problem = new StoreProblem(file, reason + "; skipped, the file is left as it is");
        LOG.log(System.Logger.Level.WARNING, problem.toString());
        problems.add(problem);
    }
}
