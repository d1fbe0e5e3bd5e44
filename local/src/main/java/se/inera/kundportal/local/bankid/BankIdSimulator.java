package se.inera.kundportal.local.bankid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.inera.kundportal.functions.bankid.AnimatedQrCode;

/**
 * The BankID server and the user's app in one: orders started by the relying party, moved along by a tester in
 * the simulated app, and collected by the relying party. Time comes from the injected {@link Clock}, so expiry
 * can be tested without waiting. All methods are thread-safe.
 *
 * <p>Life of an order (hint codes as {@code /collect} reports them):
 * {@code outstandingTransaction} → (app opens it by QR code or autoStartToken) {@code started} →
 * (a test person's BankID is chosen) [{@code userMrtd} →] {@code userSign} → complete.
 * It fails with {@code startFailed} if no app picks it up within {@link Settings#startWindow()},
 * {@code expiredTransaction} when it is still pending after {@link Settings#orderLifetime()}, {@code userCancel}
 * when the user cancels in the app, {@code certificateErr} when the chosen BankID is revoked, and
 * {@code cancelled} when the relying party starts another order for the same personal number.
 */
public final class BankIdSimulator {
    /** BankID keeps a finished order collectable for 3 minutes (complete) or 5 minutes (failed). */
    static final Duration COMPLETE_RETENTION = Duration.ofMinutes(3);
    static final Duration FAILED_RETENTION = Duration.ofMinutes(5);
    /** How far ahead of the server's clock a scanned QR code may be, for the relying party's clock skew. */
    static final long QR_FUTURE_TOLERANCE_SECONDS = 2;

    /**
     * @param startWindow      time an app has to pick up a new order (BankID: 30 s for a QR code)
     * @param orderLifetime    time from creation after which a pending order expires
     * @param qrCodeMaxAge     how old a scanned QR frame may be; the relying party renews it every second
     * @param serverName       the relying party's display name in the app and in the signature
     */
    public record Settings(Duration startWindow, Duration orderLifetime, Duration qrCodeMaxAge, String serverName) {
        public static final Settings DEFAULTS =
                new Settings(Duration.ofSeconds(30), Duration.ofMinutes(3), Duration.ofSeconds(10), "Inera Kundportal");

        public Settings {
            Objects.requireNonNull(startWindow, "startWindow");
            Objects.requireNonNull(orderLifetime, "orderLifetime");
            Objects.requireNonNull(qrCodeMaxAge, "qrCodeMaxAge");
            Objects.requireNonNull(serverName, "serverName");
        }
    }

    private final Clock clock;
    private final TestPersons testPersons;
    private final Settings settings;
    private final SimulatedSignature signatures = new SimulatedSignature();
    private final Map<String, Order> ordersByRef = new LinkedHashMap<>();
    private final Map<String, Deque<BankIdApiException>> injectedFaults = new HashMap<>();

    public BankIdSimulator(Clock clock, TestPersons testPersons, Settings settings) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.testPersons = Objects.requireNonNull(testPersons, "testPersons");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Real time, the seeded test persons and BankID's own time limits. */
    public static BankIdSimulator withDefaults() {
        return new BankIdSimulator(Clock.systemUTC(), TestPersons.seeded(), Settings.DEFAULTS);
    }

    public TestPersons testPersons() {
        return testPersons;
    }

    public Settings settings() {
        return settings;
    }

    // ---- the relying party's API ----

    /** {@code /auth} or {@code /sign}. */
    public synchronized OrderStartResponse start(OrderRequest request) {
        Instant now = advanceAll();
        Optional<String> personalNumber = request.requirement().personalNumber();
        if (personalNumber.isPresent()) {
            List<Order> inProgress = ordersByRef.values().stream()
                    .filter(order -> order.stage.isPending() && order.concerns(personalNumber.get()))
                    .toList();
            if (!inProgress.isEmpty()) {
                // BankID aborts the order in progress and creates none: both attempts end.
                inProgress.forEach(order -> order.fail("cancelled", now));
                throw BankIdApiException.alreadyInProgress();
            }
        }
        Order order = new Order(request, now);
        ordersByRef.put(order.orderRef, order);
        return new OrderStartResponse(order.orderRef, order.autoStartToken, order.qrStartToken, order.qrStartSecret);
    }

    /** {@code /collect}. A finished order can be collected once; after that it is unknown. */
    public synchronized CollectResponse collect(String orderRef) {
        advanceAll();
        Order order = ordersByRef.get(orderRef);
        if (order == null || order.finalResultCollected) {
            throw BankIdApiException.invalidParameters("No such order");
        }
        return switch (order.stage) {
            case COMPLETE -> {
                order.finalResultCollected = true;
                yield CollectResponse.complete(orderRef, order.completionData);
            }
            case FAILED -> {
                order.finalResultCollected = true;
                yield CollectResponse.failed(orderRef, order.failureHintCode);
            }
            default -> CollectResponse.pending(orderRef, order.stage.pendingHintCode().orElseThrow());
        };
    }

    /** {@code /cancel}: the order is gone afterwards, for collect and for a second cancel alike. */
    public synchronized void cancel(String orderRef) {
        advanceAll();
        Order order = ordersByRef.get(orderRef);
        if (order == null || order.finalResultCollected) {
            throw BankIdApiException.invalidParameters("No such order");
        }
        ordersByRef.remove(orderRef);
    }

    /**
     * Makes the next call of one RP API method ({@code auth}, {@code sign}, {@code collect} or {@code cancel})
     * answer with the given error instead, so that a client's handling of e.g. {@code 503 maintenance},
     * {@code 401 unauthorized}, {@code 408 requestTimeout} or 429 can be tested. Faults queue up per method.
     */
    public synchronized void failNextCall(String method, int httpStatus, String errorCode, String details) {
        if (!Set.of("auth", "sign", "collect", "cancel").contains(method)) {
            throw new IllegalArgumentException("Not an RP API method: " + method);
        }
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("Not an error status: " + httpStatus);
        }
        injectedFaults.computeIfAbsent(method, unused -> new ArrayDeque<>())
                .addLast(BankIdApiException.of(httpStatus, errorCode, details));
    }

    /** Throws the fault queued for {@code method}, if any; called before the method does anything else. */
    synchronized void throwInjectedFault(String method) {
        Deque<BankIdApiException> queued = injectedFaults.get(method);
        if (queued != null && !queued.isEmpty()) {
            throw queued.removeFirst();
        }
    }

    // ---- the user's app ----

    /** Orders that are still pending, oldest first: what a tester can open in the app. */
    public synchronized List<OrderSnapshot> ordersInProgress() {
        advanceAll();
        return ordersByRef.values().stream()
                .filter(order -> order.stage.isPending())
                .sorted(Comparator.comparing(order -> order.createdAt))
                .map(Order::snapshot)
                .toList();
    }

    /** Any order the app may still show, finished ones included. */
    public synchronized Optional<OrderSnapshot> order(String orderRef) {
        advanceAll();
        return Optional.ofNullable(ordersByRef.get(orderRef)).map(Order::snapshot);
    }

    /**
     * The app opens an order from what it was given: an animated QR code (verified against the order's
     * qrStartSecret and its age) or an autoStartToken (same-device start).
     */
    public synchronized OrderSnapshot openInApp(String scannedOrTyped) {
        Instant now = advanceAll();
        String code = scannedOrTyped.strip();
        Order order = code.startsWith("bankid.") ? orderForQrCode(code, now) : orderForAutoStartToken(code);
        if (!order.stage.isPending()) {
            throw new AppActionException("Ordern är redan avslutad.");
        }
        if (order.stage == OrderStage.OUTSTANDING) {
            order.stage = OrderStage.STARTED;
        }
        return order.snapshot();
    }

    /**
     * The user picks which BankID to use. A requirement the BankID does not meet leaves the order as it is
     * (the user may pick another); a revoked BankID fails the order.
     */
    public synchronized OrderSnapshot identify(String orderRef, String personalNumber, String deviceIpAddress) {
        Order order = pendingOrder(orderRef, OrderStage.STARTED);
        TestPerson person = testPersons.find(personalNumber)
                .orElseThrow(() -> new AppActionException("Okänd testperson."));
        Requirement requirement = order.request.requirement();
        if (requirement.personalNumber().isPresent() && !requirement.personalNumber().get().equals(personalNumber)) {
            throw new AppActionException("Du kan inte använda det här BankID:t: tjänsten har begärt en annan person än "
                    + person.name() + ".");
        }
        if (!requirement.certificatePolicies().isEmpty()
                && !requirement.certificatePolicies().contains(SimulatedSignature.MOBILE_BANKID_TEST_POLICY)) {
            throw new AppActionException("Tjänsten godtar inte Mobilt BankID (certifikatpolicy "
                    + SimulatedSignature.MOBILE_BANKID_TEST_POLICY + ").");
        }
        if (requirement.cardReader().isPresent()) {
            throw new AppActionException("Tjänsten kräver BankID på kort med kortläsare.");
        }
        order.person = person;
        order.deviceIpAddress = deviceIpAddress;
        if (person.revoked()) {
            order.fail("certificateErr", clock.instant());
            throw new AppActionException("Ditt BankID är spärrat eller för gammalt och kan inte användas.");
        }
        order.stage = requirement.mrtd() ? OrderStage.USER_MRTD : OrderStage.USER_SIGN;
        return order.snapshot();
    }

    /** The user scans their passport or national ID card (step-up). */
    public synchronized OrderSnapshot scanTravelDocument(String orderRef) {
        Order order = pendingOrder(orderRef, OrderStage.USER_MRTD);
        order.stage = OrderStage.USER_SIGN;
        return order.snapshot();
    }

    /** The user confirms with the security code: the order completes. */
    public synchronized OrderSnapshot confirm(String orderRef) {
        Order order = pendingOrder(orderRef, OrderStage.USER_SIGN);
        order.complete(clock.instant());
        return order.snapshot();
    }

    /** The user presses "Avbryt" in the app. */
    public synchronized OrderSnapshot cancelInApp(String orderRef) {
        Instant now = advanceAll();
        Order order = ordersByRef.get(orderRef);
        if (order == null || !order.stage.isPending() || order.stage == OrderStage.OUTSTANDING) {
            throw new AppActionException("Ordern är inte öppen i appen.");
        }
        order.fail("userCancel", now);
        return order.snapshot();
    }

    // ---- internals ----

    private Order orderForQrCode(String code, Instant now) {
        AnimatedQrCode qrCode = AnimatedQrCode.parse(code)
                .orElseThrow(() -> new AppActionException("Det här är ingen giltig BankID-QR-kod."));
        Order order = ordersByRef.values().stream()
                .filter(candidate -> candidate.qrStartToken.equals(qrCode.qrStartToken()))
                .findFirst()
                .orElseThrow(() -> new AppActionException("QR-koden hör inte till någon pågående order."));
        if (!qrCode.isSignedWith(order.qrStartSecret)) {
            throw new AppActionException("QR-koden är förfalskad: kontrollkoden stämmer inte.");
        }
        long secondsSinceStart = Duration.between(order.createdAt, now).toSeconds();
        if (qrCode.qrTime() > secondsSinceStart + QR_FUTURE_TOLERANCE_SECONDS) {
            throw new AppActionException("QR-koden är från framtiden: tjänstens klocka går fel.");
        }
        if (qrCode.qrTime() < secondsSinceStart - settings.qrCodeMaxAge().toSeconds()) {
            throw new AppActionException("QR-koden är för gammal. Skanna den nya QR-koden som visas nu.");
        }
        return order;
    }

    private Order orderForAutoStartToken(String token) {
        return ordersByRef.values().stream()
                .filter(candidate -> candidate.autoStartToken.equals(token))
                .findFirst()
                .orElseThrow(() -> new AppActionException(
                        "Ingen pågående order har den här startkoden (autoStartToken)."));
    }

    private Order pendingOrder(String orderRef, OrderStage expected) {
        advanceAll();
        Order order = ordersByRef.get(orderRef);
        if (order == null) {
            throw new AppActionException("Ordern finns inte längre.");
        }
        if (order.stage != expected) {
            throw new AppActionException(order.stage.isPending()
                    ? "Det steget är redan gjort eller inte möjligt just nu."
                    : "Ordern är redan avslutad.");
        }
        return order;
    }

    /** Applies the passage of time to every order and forgets what may no longer be collected. */
    private Instant advanceAll() {
        Instant now = clock.instant();
        for (var iterator = ordersByRef.values().iterator(); iterator.hasNext(); ) {
            Order order = iterator.next();
            order.advance(now);
            if (order.finishedAt != null) {
                Duration retention = order.stage == OrderStage.COMPLETE ? COMPLETE_RETENTION : FAILED_RETENTION;
                if (now.isAfter(order.finishedAt.plus(retention))) {
                    iterator.remove();
                }
            }
        }
        return now;
    }

    /** Mutable state of one order; guarded by the simulator's monitor. */
    private final class Order {
        final String orderRef = UUID.randomUUID().toString();
        final String autoStartToken = UUID.randomUUID().toString();
        final String qrStartToken = UUID.randomUUID().toString();
        final String qrStartSecret = UUID.randomUUID().toString();
        final OrderRequest request;
        final Instant createdAt;
        OrderStage stage = OrderStage.OUTSTANDING;
        String failureHintCode;
        Instant finishedAt;
        TestPerson person;
        String deviceIpAddress;
        CompletionData completionData;
        boolean finalResultCollected;

        Order(OrderRequest request, Instant createdAt) {
            this.request = request;
            this.createdAt = createdAt;
        }

        boolean concerns(String personalNumber) {
            return request.requirement().personalNumber().map(personalNumber::equals).orElse(false)
                    || (person != null && person.personalNumber().equals(personalNumber));
        }

        void advance(Instant now) {
            if (stage == OrderStage.OUTSTANDING && !now.isBefore(createdAt.plus(settings.startWindow()))) {
                fail("startFailed", createdAt.plus(settings.startWindow()));
            } else if (stage.isPending() && !now.isBefore(createdAt.plus(settings.orderLifetime()))) {
                fail("expiredTransaction", createdAt.plus(settings.orderLifetime()));
            }
        }

        void fail(String hintCode, Instant at) {
            stage = OrderStage.FAILED;
            failureHintCode = hintCode;
            finishedAt = at;
        }

        void complete(Instant at) {
            String uhi = uniqueHardwareId(person);
            completionData = new CompletionData(
                    new CompletionData.User(person.personalNumber(), person.name(), person.givenName(),
                            person.surname()),
                    new CompletionData.Device(deviceIpAddress, uhi),
                    person.bankIdIssueDate().toString(),
                    request.requirement().mrtd() ? new CompletionData.StepUp(true) : null,
                    signatures.create(request, person, settings.serverName(), uhi),
                    SimulatedOcspResponse.create(person, at),
                    request.returnRisk() ? "low" : null);
            stage = OrderStage.COMPLETE;
            finishedAt = at;
        }

        OrderSnapshot snapshot() {
            Optional<String> hintCode = stage == OrderStage.FAILED
                    ? Optional.of(failureHintCode)
                    : stage.pendingHintCode();
            return new OrderSnapshot(orderRef, autoStartToken, request, createdAt, stage, hintCode,
                    Optional.ofNullable(person));
        }
    }

    /** A stable per-person device id, shaped like BankID's uhi (base64 of 20 bytes). */
    private static String uniqueHardwareId(TestPerson person) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(("simulated-device:" + person.personalNumber()).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
