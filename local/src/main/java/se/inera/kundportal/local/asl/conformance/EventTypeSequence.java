package se.inera.kundportal.local.asl.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * History event types in the comparable form the corpus asks for (README 5.4): outside Parallel
 * and Map spans the order counts; inside a span (from its ...StateStarted to the event that closes
 * it) the events form a multiset, represented here sorted.
 */
final class EventTypeSequence {
    private static final Set<String> SPAN_STARTS = Set.of("ParallelStateStarted", "MapStateStarted");
    private static final Set<String> SPAN_ENDS = Set.of("ParallelStateSucceeded", "ParallelStateFailed", "ParallelStateExited",
            "MapStateSucceeded", "MapStateFailed", "MapStateExited");

    private EventTypeSequence() {}

    static List<String> normalise(List<String> types) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < types.size()) {
            String type = types.get(i);
            if (!SPAN_STARTS.contains(type)) {
                out.add(type);
                i++;
                continue;
            }
            // Find where the outermost span closes: the first closing event at depth zero, or the terminal event.
            int depth = 0;
            int end = i;
            for (int j = i; j < types.size(); j++) {
                String candidate = types.get(j);
                if (SPAN_STARTS.contains(candidate)) {
                    depth++;
                } else if (SPAN_ENDS.contains(candidate)) {
                    depth--;
                } else if (candidate.startsWith("Execution")) {
                    end = j;
                    break;
                }
                end = j + 1;
                if (depth <= 0) {
                    break;
                }
            }
            List<String> span = new ArrayList<>(types.subList(i, Math.min(end, types.size())));
            span.sort(null);
            out.add(span.toString());
            i = Math.max(end, i + 1);
        }
        return out;
    }
}
