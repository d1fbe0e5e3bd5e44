package se.inera.kundportal.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import se.inera.kundportal.local.asl.json.Json;

/**
 * Parallel and Map states. Each branch or iteration is its own {@link Block}, started as its own
 * chain of scheduler tasks, so they proceed concurrently without holding threads. The first
 * failure (beyond the Map's tolerated failures) cancels the remaining branches or iterations.
 */
final class BranchStates {
    private final ExecutionRun runner;

    BranchStates(ExecutionRun runner) {
        this.runner = runner;
    }

    // ---- Parallel ----

    CompletableFuture<JsonNode> parallel(StateRun run) {
        JsonNode effective = run.jsonata ? run.rawInput : StateData.inputPath(run, run.rawInput);
        JsonNode branchInput = branchInput(run, effective);
        long started = runner.event(run.block, "ParallelStateStarted", null, null);
        JsonNode branchDefinitions = run.field("Branches");
        List<Block> blocks = new ArrayList<>();
        List<CompletableFuture<JsonNode>> results = new ArrayList<>();
        for (JsonNode branch : branchDefinitions) {
            Block block = run.block.child(branch, languageOf(run), started);
            blocks.add(block);
            results.add(runner.runBlock(block, branchInput, null));
        }
        CompletableFuture<JsonNode> outcome = new CompletableFuture<>();
        for (CompletableFuture<JsonNode> result : results) {
            result.whenComplete((ignored, failure) -> {
                if (failure != null) {
                    blocks.forEach(Block::cancel);
                    outcome.completeExceptionally(failure);
                }
            });
        }
        CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).whenComplete((ignored, failure) -> {
            if (failure == null) {
                // AWS links ParallelStateExited to the last event any branch wrote.
                run.block.lastEventId(blocks.stream().mapToLong(Block::lastEventId).max().orElse(started));
                ArrayNode outputs = Json.MAPPER.createArrayNode();
                results.forEach(result -> outputs.add(result.join()));
                outcome.complete(outputs);
            }
        });
        return outcome.thenApply(outputs -> processResult(run, outputs));
    }

    private static String languageOf(StateRun run) {
        return run.jsonata ? "JSONata" : "JSONPath";
    }

    /** What each branch receives: the effective input, or Parameters (JSONPath) / Arguments (JSONata). */
    private static JsonNode branchInput(StateRun run, JsonNode effective) {
        if (run.jsonata) {
            if (!run.has("Arguments")) {
                return effective;
            }
            ObjectNode states = StateData.states(run, run.rawInput, null, null, null);
            return StateData.evaluateRequired(run, run.field("Arguments"), states, "Arguments");
        }
        JsonNode input = run.has("Parameters") ? StateData.template(run, run.field("Parameters"), effective, null) : effective;
        run.inspect("afterParameters", input);
        return input;
    }

    /** ResultSelector, ResultPath, OutputPath (JSONPath) or Output (JSONata), plus Assign; Task states share it. */
    static JsonNode processResult(StateRun run, JsonNode result) {
        run.inspect("result", result);
        if (run.jsonata) {
            ObjectNode states = StateData.states(run, run.rawInput, result, null, null);
            JsonNode output = run.has("Output") ? StateData.evaluateRequired(run, run.field("Output"), states, "Output")
                    : result;
            ExecutionRun.commit(run, StateData.jsonataAssignments(run, run.field("Assign"), states));
            return output;
        }
        JsonNode selected = run.has("ResultSelector") ? StateData.template(run, run.field("ResultSelector"), result, null)
                : result;
        run.inspect("afterResultSelector", selected);
        Map<String, JsonNode> assigned = StateData.assignments(run, run.field("Assign"), selected);
        JsonNode afterResultPath = StateData.resultPath(run, run.rawInput, selected, ExecutionRun.resultPathField(run));
        run.inspect("afterResultPath", afterResultPath);
        JsonNode output = StateData.outputPath(run, afterResultPath);
        ExecutionRun.commit(run, assigned);
        return output;
    }

    // ---- Map ----

    CompletableFuture<JsonNode> map(StateRun run) {
        JsonNode effective = run.jsonata ? run.rawInput : StateData.inputPath(run, run.rawInput);
        ObjectNode states = run.jsonata ? StateData.states(run, run.rawInput, null, null, null) : null;
        int maxConcurrency = maxConcurrency(run, effective, states);
        if (run.has("ItemReader")) {
            ObjectNode startedDetails = Json.object();
            startedDetails.put("length", 0);
            runner.event(run.block, "MapStateStarted", "mapStateStartedEventDetails", startedDetails);
            checkItemReader(run, effective);
        }
        JsonNode items = items(run, effective, states);
        if (!items.isArray()) {
            throw notAnArray(run, items);
        }
        ObjectNode startedDetails = Json.object();
        startedDetails.put("length", items.size());
        long started = runner.event(run.block, "MapStateStarted", "mapStateStartedEventDetails", startedDetails);
        Tolerance tolerance = tolerance(run, effective, states);
        return iterate(run, effective, states, (ArrayNode) items, maxConcurrency, tolerance, started)
                .thenApply(results -> {
                    runner.sideEvent(run.block, "MapStateSucceeded", null, null);
                    return processResult(run, results);
                });
    }

    private StatesError notAnArray(StateRun run, JsonNode items) {
        String message = "Map state input must be an array but was: " + Json.write(items);
        return run.jsonata ? run.evaluationError(message) : run.runtimeError(message);
    }

    private static JsonNode items(StateRun run, JsonNode effective, ObjectNode states) {
        if (run.jsonata) {
            return run.has("Items") ? StateData.evaluateRequired(run, run.field("Items"), states, "Items") : effective;
        }
        return run.has("ItemsPath") ? StateData.readRequired(run, run.field("ItemsPath").asText(), effective) : effective;
    }

    private static int maxConcurrency(StateRun run, JsonNode effective, ObjectNode states) {
        if (run.has("MaxConcurrencyPath")) {
            String path = run.field("MaxConcurrencyPath").asText();
            JsonNode value = StateData.readRequired(run, path, effective);
            if (!value.isIntegralNumber() || value.longValue() < 0 || value.longValue() > Integer.MAX_VALUE) {
                throw run.runtimeError("The MaxConcurrencyPath field refers to value \"" + display(value)
                        + "\" which is not a valid integer: " + path);
            }
            return value.intValue();
        }
        JsonNode value = run.field("MaxConcurrency");
        if (value != null && run.jsonata && value.isTextual()) {
            value = StateData.evaluateRequired(run, value, states, "MaxConcurrency");
        }
        return value == null ? 0 : value.asInt();
    }

    /** How many failed iterations the Map accepts before it fails. */
    private record Tolerance(Integer count, BigDecimal percentage) {
        boolean exceeded(int failed, int total) {
            if (count == null && percentage == null) {
                return failed > 0;
            }
            boolean overCount = count != null && failed > count;
            boolean overPercentage = percentage != null && total > 0
                    && BigDecimal.valueOf(failed * 100L).compareTo(percentage.multiply(BigDecimal.valueOf(total))) > 0;
            if (count != null && percentage != null) {
                return overCount || overPercentage;
            }
            return count != null ? overCount : overPercentage;
        }

        boolean any() {
            return count != null || percentage != null;
        }
    }

    private static Tolerance tolerance(StateRun run, JsonNode effective, ObjectNode states) {
        Integer count = null;
        BigDecimal percentage = null;
        if (run.has("ToleratedFailureCountPath")) {
            String path = run.field("ToleratedFailureCountPath").asText();
            JsonNode value = StateData.readRequired(run, path, effective);
            if (!value.isIntegralNumber() || value.longValue() < 0) {
                throw run.runtimeError("The ToleratedFailureCountPath field refers to value \"" + display(value)
                        + "\" which is not a valid integer: " + path);
            }
            count = value.intValue();
        } else if (run.has("ToleratedFailureCount")) {
            JsonNode value = run.field("ToleratedFailureCount");
            if (run.jsonata && value.isTextual()) {
                value = StateData.evaluateRequired(run, value, states, "ToleratedFailureCount");
            }
            count = value.asInt();
        }
        if (run.has("ToleratedFailurePercentagePath")) {
            String path = run.field("ToleratedFailurePercentagePath").asText();
            JsonNode value = StateData.readRequired(run, path, effective);
            if (!value.isNumber()) {
                throw run.runtimeError("The ToleratedFailurePercentagePath field refers to value \"" + display(value)
                        + "\" which is not a valid float: " + path);
            }
            percentage = value.decimalValue();
        } else if (run.has("ToleratedFailurePercentage")) {
            JsonNode value = run.field("ToleratedFailurePercentage");
            if (run.jsonata && value.isTextual()) {
                value = StateData.evaluateRequired(run, value, states, "ToleratedFailurePercentage");
            }
            percentage = value.decimalValue();
        }
        if (percentage != null && (percentage.signum() < 0 || percentage.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw run.runtimeError("ToleratedFailurePercentage must be between 0 and 100.");
        }
        return new Tolerance(count, percentage);
    }

    private static void checkItemReader(StateRun run, JsonNode effective) {
        JsonNode config = run.field("ItemReader").path("ReaderConfig");
        if (config.has("MaxItemsPath")) {
            String path = config.get("MaxItemsPath").asText();
            JsonNode value = StateData.readRequired(run, path, effective);
            if (!value.isIntegralNumber() || value.longValue() < 0) {
                throw run.runtimeError("The MaxItemsPath field refers to value \"" + display(value)
                        + "\" which is not a valid integer: " + path);
            }
        }
        throw new StatesError(StatesError.ITEM_READER_FAILED, run.errorPrefix()
                + "The local Step Functions engine cannot read items from '" + run.field("ItemReader").path("Resource").asText() + "'.");
    }

    /** A value as AWS quotes it in these messages: strings raw, everything else as JSON. */
    private static String display(JsonNode value) {
        return value.isTextual() ? value.textValue() : Json.write(value);
    }

    private CompletableFuture<JsonNode> iterate(StateRun run, JsonNode effective, ObjectNode states, ArrayNode items,
            int maxConcurrency, Tolerance tolerance, long startedEventId) {
        if (items.isEmpty()) {
            return CompletableFuture.completedFuture(Json.MAPPER.createArrayNode());
        }
        MapIterations iterations = new MapIterations(run, effective, states, items, tolerance);
        int parallel = maxConcurrency <= 0 ? items.size() : Math.min(maxConcurrency, items.size());
        for (int i = 0; i < parallel; i++) {
            iterations.startNext(startedEventId);
        }
        return iterations.outcome;
    }

    /** One Map run's iterations: each one that finishes starts the next, keeping MaxConcurrency in flight. */
    private final class MapIterations {
        private final StateRun run;
        private final JsonNode effective;
        private final ObjectNode states;
        private final ArrayNode items;
        private final Tolerance tolerance;
        private final JsonNode processor;
        private final MapProgress progress;
        final CompletableFuture<JsonNode> outcome = new CompletableFuture<>();

        MapIterations(StateRun run, JsonNode effective, ObjectNode states, ArrayNode items, Tolerance tolerance) {
            this.run = run;
            this.effective = effective;
            this.states = states;
            this.items = items;
            this.tolerance = tolerance;
            this.processor = run.has("ItemProcessor") ? run.field("ItemProcessor") : run.field("Iterator");
            this.progress = new MapProgress(items.size());
        }

        /** @param previousEventId what its MapIterationStarted follows: MapStateStarted, or the iteration that made room */
        void startNext(long previousEventId) {
            int index = progress.claimNext();
            if (index < 0 || outcome.isDone()) {
                return;
            }
            ObjectNode item = Json.object();
            item.put("Index", index);
            item.set("Value", items.get(index));
            JsonNode itemInput;
            try {
                itemInput = itemInput(run, effective, states, item);
            } catch (StatesError error) {
                fail(error);
                return;
            }
            Block block = run.block.child(processor, languageOf(run), previousEventId);
            progress.add(block);
            ObjectNode details = Json.object();
            details.put("name", run.name);
            details.put("index", index);
            runner.event(block, "MapIterationStarted", "mapIterationStartedEventDetails", details);
            runner.runBlock(block, itemInput, null).whenComplete((output, failure) -> finished(block, index, details,
                    output, failure));
        }

        private void finished(Block block, int index, ObjectNode details, JsonNode output, Throwable failure) {
            if (outcome.isDone()) {
                return;
            }
            // AWS links the next MapIterationStarted to this iteration's last state event, as its MapIteration... event.
            long lastStateEvent = block.lastEventId();
            long iterationEnded;
            if (failure == null) {
                iterationEnded = runner.event(block, "MapIterationSucceeded", "mapIterationSucceededEventDetails",
                        details.deepCopy());
                progress.succeeded(index, output);
            } else {
                StatesError error = ExecutionRun.asStatesError(failure);
                iterationEnded = runner.event(block, "MapIterationFailed", "mapIterationFailedEventDetails",
                        details.deepCopy());
                int failed = progress.failed(index, Json.errorOutput(error.error(), error.errorCause()));
                if (error.isTerminal() || tolerance.exceeded(failed, items.size())) {
                    fail(tolerance.any() && !error.isTerminal()
                            ? new StatesError(StatesError.TOLERATED_FAILURE, "The specified tolerated failure threshold was exceeded")
                            : error);
                    return;
                }
            }
            if (progress.allDone()) {
                // MapStateSucceeded and MapStateExited both follow the last iteration's end.
                run.block.lastEventId(iterationEnded);
                outcome.complete(progress.results());
            } else {
                startNext(lastStateEvent);
            }
        }

        private void fail(StatesError error) {
            progress.cancelAll();
            outcome.completeExceptionally(error);
        }
    }

    /** ItemSelector (or the legacy Parameters) with {@code $$.Map.Item}; the item itself by default. */
    private static JsonNode itemInput(StateRun run, JsonNode effective, ObjectNode states, ObjectNode item) {
        JsonNode selector = run.has("ItemSelector") ? run.field("ItemSelector") : run.field("Parameters");
        if (selector == null) {
            return item.get("Value");
        }
        ObjectNode context = run.contextObject(item);
        if (run.jsonata) {
            ObjectNode itemStates = StateData.states(run, run.rawInput, null, null, context);
            return StateData.evaluateRequired(run, selector, itemStates, "ItemSelector");
        }
        return StateData.template(run, selector, effective, context);
    }

    /** Which iterations have started and finished, and their outputs in item order. */
    private static final class MapProgress {
        private final JsonNode[] outputs;
        private final List<Block> blocks = new ArrayList<>();
        private int nextIndex;
        private int finished;
        private int failedCount;

        MapProgress(int size) {
            outputs = new JsonNode[size];
        }

        synchronized int claimNext() {
            return nextIndex < outputs.length ? nextIndex++ : -1;
        }

        synchronized void add(Block block) {
            blocks.add(block);
        }

        synchronized void succeeded(int index, JsonNode output) {
            outputs[index] = output;
            finished++;
        }

        synchronized int failed(int index, JsonNode errorOutput) {
            outputs[index] = errorOutput;
            finished++;
            return ++failedCount;
        }

        synchronized boolean allDone() {
            return finished == outputs.length;
        }

        synchronized void cancelAll() {
            blocks.forEach(Block::cancel);
        }

        synchronized ArrayNode results() {
            ArrayNode array = Json.MAPPER.createArrayNode();
            for (JsonNode output : outputs) {
                array.add(output);
            }
            return array;
        }
    }
}
