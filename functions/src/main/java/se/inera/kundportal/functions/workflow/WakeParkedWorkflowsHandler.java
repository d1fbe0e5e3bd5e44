package se.inera.kundportal.functions.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

import se.inera.kundportal.core.workflow.AwaitedEvent;
import se.inera.kundportal.core.workflow.HealReport;
import se.inera.kundportal.core.workflow.Rendezvous;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * "Wake Parked Workflows": the sweeper of every wait for a person, run on a schedule (template.yaml's
 * {@code Events: Schedule}, every {@code WaitHealIntervalMinutes}). Core's {@link Rendezvous#heal} checks each
 * parked task token against its {@link AwaitedEvent.Source} and wakes the waits whose person has acted — a
 * wake-up lost after the action was stored is so recovered within one interval — and clears tokens whose wait
 * is over. Answers what it did (also in the log).
 */
public final class WakeParkedWorkflowsHandler implements RequestHandler<ScheduledEvent, Map<String, Integer>> {
    private final Rendezvous rendezvous;
    private final List<AwaitedEvent.Source> awaitedEvents;

    public WakeParkedWorkflowsHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public WakeParkedWorkflowsHandler(Wiring wiring) {
        this(wiring.rendezvous(), wiring.awaitedEvents());
    }

    public WakeParkedWorkflowsHandler(Rendezvous rendezvous, List<AwaitedEvent.Source> awaitedEvents) {
        this.rendezvous = Objects.requireNonNull(rendezvous, "rendezvous");
        this.awaitedEvents = List.copyOf(awaitedEvents);
    }

    @Override
    public Map<String, Integer> handleRequest(ScheduledEvent event, Context context) {
        HealReport report = rendezvous.heal(awaitedEvents);
        Map<String, Integer> answer = new LinkedHashMap<>();
        answer.put("checked", report.checked());
        answer.put("woken", report.woken());
        answer.put("cleared", report.cleared());
        answer.put("failed", report.failed());
        return answer;
    }
}
