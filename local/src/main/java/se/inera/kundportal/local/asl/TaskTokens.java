package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Task tokens of {@code .waitForTaskToken} tasks. A waiting task is only an entry here and an
 * uncompleted future; SendTaskSuccess/Failure complete it from any thread. Finished tokens are
 * remembered so that late calls get AWS's distinct errors (TaskDoesNotExist, TaskTimedOut).
 */
final class TaskTokens {
    private static final int REMEMBERED_FINISHED_TOKENS = 100_000;
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{64}");
    private final SecureRandom random = new SecureRandom();
    private final Map<String, PendingTask> pending = new ConcurrentHashMap<>();
    /** Recently finished tokens (true when timed out), bounded so a long-running engine does not grow without end. */
    private final Map<String, Boolean> finishedTimedOut = Collections.synchronizedMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_FINISHED_TOKENS;
        }
    });

    /**
     * A task waiting for its token; {@code onHeartbeat} restarts its heartbeat timer. It runs while
     * holding the task's lock, so whoever replaces it under that lock knows no heartbeat is lost.
     */
    static final class PendingTask {
        final String token;
        final String executionArn;
        final CompletableFuture<JsonNode> result = new CompletableFuture<>();
        volatile Runnable onHeartbeat = () -> {};

        PendingTask(String token, String executionArn) {
            this.token = token;
            this.executionArn = executionArn;
        }
    }

    PendingTask issue(String executionArn) {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        PendingTask task = new PendingTask(token, executionArn);
        pending.put(token, task);
        return task;
    }

    /** The same token again, for a task resumed after an engine restart; idempotent. */
    PendingTask reissue(String token, String executionArn) {
        finishedTimedOut.remove(token);
        return pending.computeIfAbsent(token, ignored -> new PendingTask(token, executionArn));
    }

    void succeed(String token, JsonNode output) {
        take(token).result.complete(output);
    }

    void fail(String token, String error, String cause) {
        take(token).result.completeExceptionally(new StatesError(error, cause));
    }

    void heartbeat(String token) {
        PendingTask task = find(token);
        synchronized (task) {
            task.onHeartbeat.run();
        }
    }

    /** The task stopped waiting (timed out, or its execution ended); later calls are refused. */
    void close(String token, boolean timedOut) {
        if (pending.remove(token) != null) {
            finishedTimedOut.put(token, timedOut);
        }
    }

    private PendingTask take(String token) {
        PendingTask task = find(token);
        if (pending.remove(token) == null) {
            throw unknown(token);
        }
        finishedTimedOut.put(token, false);
        return task;
    }

    private PendingTask find(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            throw new AslApiException("InvalidToken", "Invalid Token: 'Invalid token'");
        }
        PendingTask task = pending.get(token);
        if (task == null) {
            throw unknown(token);
        }
        return task;
    }

    private AslApiException unknown(String token) {
        if (Boolean.TRUE.equals(finishedTimedOut.get(token))) {
            return new AslApiException("TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
        }
        return new AslApiException("TaskDoesNotExist", "Task does not exist anymore");
    }
}
