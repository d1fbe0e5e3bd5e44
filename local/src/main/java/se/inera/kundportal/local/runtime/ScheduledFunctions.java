package se.inera.kundportal.local.runtime;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.inera.kundportal.local.asl.lambda.LambdaFunction;
import se.inera.kundportal.local.asl.lambda.LambdaInvocation;
import se.inera.kundportal.local.asl.time.Scheduler;
import se.inera.kundportal.local.gateway.TemplateValues;
import se.inera.kundportal.standins.SamTemplate;

/**
 * The template's {@code Events: Type: Schedule} run on this machine, as EventBridge would run them: every function
 * with a {@code rate(N minutes|hours|days)} schedule is invoked every N units on the given {@link Scheduler} (real
 * time in {@code ./run-local}, virtual time in tests), first one rate after the start, with the EventBridge
 * "Scheduled Event" document Lambda would receive, through the function's one in-process invoker. A failed
 * invocation is logged and the schedule goes on, as EventBridge's does. Cron expressions and disabled schedules are
 * not run (named as problems).
 */
public final class ScheduledFunctions implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ScheduledFunctions.class.getName());
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One Schedule event: which function, the event's name in the template, how often. */
    public record Schedule(String functionId, String eventName, Duration rate) {
    }

    /** Each schedule's next invocation. */
    private final Map<Schedule, Scheduler.Timer> timers = new LinkedHashMap<>();
    private boolean closed;

    private ScheduledFunctions() {
    }

    /**
     * Every Schedule event of {@code template}, its expression resolved with {@code values} (parameters keep their
     * Default unless given); a schedule that cannot run here is named to {@code problems}.
     */
    @SuppressWarnings("unchecked")
    public static List<Schedule> of(SamTemplate template, TemplateValues values, Consumer<String> problems) {
        List<Schedule> schedules = new ArrayList<>();
        template.resourcesOfType(LocalTemplate.FUNCTION_TYPE).forEach((functionId, resource) -> {
            Map<String, Object> properties = map(resource.get("Properties"));
            map(properties.get("Events")).forEach((eventName, event) -> {
                Map<String, Object> definition = map(event);
                if (!"Schedule".equals(definition.get("Type"))) {
                    return;
                }
                Map<String, Object> eventProperties = map(definition.get("Properties"));
                String where = functionId + ".Events." + eventName;
                if (Boolean.FALSE.equals(eventProperties.get("Enabled"))) {
                    problems.accept(where + " is disabled and does not run");
                    return;
                }
                Optional<String> expression = values.text(eventProperties.get("Schedule"));
                Optional<Duration> rate = expression.flatMap(ScheduledFunctions::rate);
                if (rate.isEmpty()) {
                    problems.accept(where + " does not run locally: only rate(N minutes|hours|days) does, not "
                            + expression.orElse(String.valueOf(eventProperties.get("Schedule"))));
                    return;
                }
                schedules.add(new Schedule(functionId, eventName, rate.get()));
            });
        });
        return List.copyOf(schedules);
    }

    /** {@code rate(5 minutes)} → five minutes; anything else (cron, a bad unit, zero) → empty. */
    static Optional<Duration> rate(String expression) {
        Matcher rate = RATE.matcher(expression.strip());
        if (!rate.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(rate.group(1));
        ChronoUnit unit = switch (rate.group(2)) {
            case "minute", "minutes" -> ChronoUnit.MINUTES;
            case "hour", "hours" -> ChronoUnit.HOURS;
            default -> ChronoUnit.DAYS;
        };
        return amount > 0 ? Optional.of(Duration.of(amount, unit)) : Optional.empty();
    }

    /**
     * Starts every schedule whose function {@code functions} has (by logical id); one without is named to
     * {@code problems}. {@link #close()} stops them all.
     */
    public static ScheduledFunctions start(List<Schedule> schedules,
                                           Function<String, Optional<? extends LambdaFunction>> functions,
                                           Scheduler scheduler, String region, String accountId,
                                           Consumer<String> problems) {
        ScheduledFunctions started = new ScheduledFunctions();
        for (Schedule schedule : schedules) {
            Optional<? extends LambdaFunction> function = functions.apply(schedule.functionId());
            if (function.isEmpty()) {
                problems.accept(schedule.functionId() + "." + schedule.eventName()
                        + " does not run: the function has no handler here");
                continue;
            }
            started.next(schedule, function.get(), scheduler, region, accountId);
        }
        return started;
    }

    private synchronized void next(Schedule schedule, LambdaFunction function, Scheduler scheduler, String region,
                                   String accountId) {
        if (closed) {
            return;
        }
        timers.put(schedule, scheduler.schedule(schedule.rate(), () -> {
            next(schedule, function, scheduler, region, accountId);
            invoke(schedule, function, scheduler, region, accountId);
        }));
    }

    private static void invoke(Schedule schedule, LambdaFunction function, Scheduler scheduler, String region,
                               String accountId) {
        Instant now = scheduler.now();
        String requestId = UUID.randomUUID().toString();
        LambdaInvocation invocation = new LambdaInvocation(schedule.functionId(),
                "arn:aws:lambda:" + region + ":" + accountId + ":function:" + schedule.functionId(), requestId,
                scheduler, now.plus(schedule.rate()));
        try {
            function.invoke(scheduledEvent(schedule, now, region, accountId), invocation).whenComplete((answer, error) -> {
                if (error != null) {
                    LOG.log(Level.WARNING, () -> schedule.functionId() + " failed on its schedule: " + error.getMessage());
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> schedule.functionId() + " failed on its schedule: " + e);
        }
    }

    /** The document EventBridge sends a function on a schedule (a {@code ScheduledEvent}). */
    static byte[] scheduledEvent(Schedule schedule, Instant time, String region, String accountId) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", accountId);
        event.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", region);
        event.put("resources", List.of("arn:aws:events:" + region + ":" + accountId + ":rule/"
                + schedule.functionId() + schedule.eventName()));
        event.put("detail", Map.of());
        try {
            return JSON.writeValueAsString(event).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops every schedule; an invocation under way finishes. */
    @Override
    public synchronized void close() {
        closed = true;
        timers.values().forEach(Scheduler.Timer::cancel);
        timers.clear();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
