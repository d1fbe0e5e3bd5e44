package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.inera.kundportal.core.testing.TestData;
import se.inera.kundportal.standins.SamTemplate;
import se.inera.kundportal.standins.SentMail;
import se.inera.kundportal.standins.SesMailbox;
import se.inera.kundportal.standins.StandInClients;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * The local runtime as a browser and a mail reader see it: HTTP through the local gateway with real cognito-local
 * ID tokens, people signing in from the temporary password in their mail (the forced new password first), and
 * customers registered by the operator.
 */
final class Portal {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Tillfälligt lösenord: (\\S+)");
    static final String NEW_PASSWORD = "Eget-Losenord-2026!";
    private static final Pattern SIGNING_LINK = Pattern.compile("/signera/([A-Za-z0-9_-]{22,128})");
    private static final Pattern SMS_CODE = Pattern.compile("\\b(\\d{6})\\b");

    final LocalRuntime.Endpoints endpoints;
    final SesMailbox mailbox;

    Portal(LocalRuntime.Endpoints endpoints) {
        this.endpoints = endpoints;
        this.mailbox = new SesMailbox(endpoints.ses());
    }

    /** A status and the JSON body (empty for 204). */
    /** One call through {@link #call}: the route, the answer's status and the AWS requests its handler made. */
    record Call(String method, String path, int status, double millis, List<AwsRequestCounter.Request> awsRequests) {
    }

    /** Every call so far, in order (for the cost figures, see JourneyCostIT). */
    final List<Call> calls = new CopyOnWriteArrayList<>();

    record Answer(int status, JsonNode body, String raw) {
        JsonNode at(String pointer) {
            return body.at(pointer);
        }
    }

    Answer call(String method, String path, Optional<String> token, Object body) {
        return call(method, path, token, body, Map.of());
    }

    /** With request {@code headers} besides the token's (e.g. an Idempotency-Key). */
    Answer call(String method, String path, Optional<String> token, Object body, Map<String, String> headers) {
        int requestsBefore = AwsRequestCounter.mark();
        long begun = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoints.portal().resolve(path))
                    .timeout(Duration.ofSeconds(60));
            headers.forEach(request::header);
            token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
            if (body != null) {
                request.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(body instanceof String text ? text
                                : JSON.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode parsed = raw == null || raw.isBlank() ? JSON.nullNode() : JSON.readTree(raw);
            calls.add(new Call(method, path, response.statusCode(), (System.nanoTime() - begun) / 1e6,
                    AwsRequestCounter.since(requestsBefore).stream()
                    .filter(AwsRequestCounter.Request::fromApiCall).toList()));
            return new Answer(response.statusCode(), parsed, raw == null ? "" : raw);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer call(String method, String path, String token, Object body) {
        return call(method, path, Optional.of(token), body);
    }

    String operatorToken() {
        try (CognitoIdentityProviderClient cognito = cognito()) {
            return cognito.initiateAuth(request -> request.clientId(endpoints.userPoolClientId())
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", OperatorAccount.LOCAL.email(),
                            "PASSWORD", OperatorAccount.LOCAL.password())))
                    .authenticationResult().idToken();
        }
    }

    /**
     * Signs in for the first time with the temporary password from the newest mail to {@code email}, choosing a
     * password of one's own as Cognito forces, and returns the ID token.
     */
    String signInFirstTime(String email) {
        String temporary = temporaryPassword(email);
        try (CognitoIdentityProviderClient cognito = cognito()) {
            InitiateAuthResponse first = cognito.initiateAuth(request -> request.clientId(endpoints.userPoolClientId())
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", email, "PASSWORD", temporary)));
            assertThat(first.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
            return cognito.respondToAuthChallenge(request -> request.clientId(endpoints.userPoolClientId())
                    .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(first.session())
                    .challengeResponses(Map.of("USERNAME", email, "NEW_PASSWORD", NEW_PASSWORD)))
                    .authenticationResult().idToken();
        }
    }

    /** Polls the SES stand-in until a mail to {@code email} has a temporary password; the newest one. */
    String temporaryPassword(String email) {
        SentMail mail = awaitMail(email, text -> TEMPORARY_PASSWORD.matcher(text).find());
        Matcher matcher = TEMPORARY_PASSWORD.matcher(mail.textBody().orElseThrow());
        String password = null;
        while (matcher.find()) {
            password = matcher.group(1);
        }
        return password;
    }

    /** The newest mail to {@code email} whose text matches, polled for (the mail goes out within the request). */
    SentMail awaitMail(String email, java.util.function.Predicate<String> text) {
        return await(() -> {
            List<SentMail> mails = mailbox.sentMailsTo(email).stream()
                    .filter(mail -> mail.textBody().map(text::test).orElse(false)).toList();
            return mails.isEmpty() ? Optional.empty() : Optional.of(mails.get(mails.size() - 1));
        }, () -> "No mail to " + email + " arrived; the mailbox has " + mailbox.sentMails());
    }

    /**
     * How long {@link #await} waits before it calls a thing missing: only a bound that keeps a broken build from
     * hanging, so a load run ({@code bench/run.sh load}, hundreds of workflows on a small machine) raises it with
     * {@code -Dkundportal.patience.seconds}.
     */
    private static final Duration PATIENCE =
            Duration.ofSeconds(Math.max(20, Long.getLong("kundportal.patience.seconds", 20)));

    /** Polls {@code probe} until it finds something; fails with {@code missing}'s words after {@link #PATIENCE}. */
    static <T> T await(Supplier<Optional<T>> probe, Supplier<String> missing) {
        return TestData.await(probe, missing, PATIENCE);
    }

    /** A customer Inera registers directly (it has Kundavtal 2) with its administrator, signed in; returns the token. */
    String registerCustomer(String organisationsnummer, String name, String administratorEmail) {
        Map<String, Object> body = Map.of(
                "organisation", Map.of("name", name, "organisationsnummer", organisationsnummer,
                        "address", Map.of("street", "Regionens hus", "postalCode", "11122", "city", "Exempelstad")),
                "invoicing", Map.of("address", Map.of("street", "Box 456", "postalCode", "111 22", "city", "Exempelstad"),
                        "reference", "Ref 1234"),
                "administrator", Map.of("name", "Admin " + name, "email", administratorEmail, "mobile", "0701112233"),
                "agreement", Map.of("signedOn", "2025-03-14", "reference", "Dnr 2025/0042"));
        Answer registered = call("POST", "/operator/customers", operatorToken(), body);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        return signInFirstTime(administratorEmail);
    }

    static Map<String, Object> person(String name, String email, String personnummer, String... roles) {
        return personWithMobile(name, email, "+46701234567", personnummer, roles);
    }

    /** A person with a mobile of their own, so that the SMS capture tells their codes from others'. */
    static Map<String, Object> personWithMobile(String name, String email, String mobile, String personnummer,
                                                String... roles) {
        return Map.of("name", name, "email", email, "mobile", mobile,
                "personnummer", personnummer == null ? "" : personnummer, "roles", List.of(roles));
    }

    /** A fresh Swedish mobile number in E.164. */
    static String mobile() {
        return "+4670" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** An organisation a test registered, with its administrator's token. */
    record Organisation(String number, String name, String administrator) {
        String path() {
            return "/organisations/" + number;
        }
    }

    /** Inera registers a customer named {@code name} with a fresh organisationsnummer and administrator. */
    Organisation register(String name) {
        String number = organisationsnummer();
        return new Organisation(number, name, registerCustomer(number, name, email("admin")));
    }

    /** The organisation's administrator adds {@code person} (see {@link #person}); their userId. */
    String add(Organisation organisation, Map<String, Object> person) {
        Answer added = call("POST", organisation.path() + "/users", organisation.administrator(), person);
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        return added.at("/userId").asText();
    }

    /** A new person with {@code role} in the organisation, signed in; their token. */
    String member(Organisation organisation, String role) {
        String email = email(role.toLowerCase(Locale.ROOT));
        add(organisation, person("Person " + role, email, null, role));
        return signInFirstTime(email);
    }

    /** The e-mail address of the person signed in with {@code token}. */
    String emailOf(String token) {
        return call("GET", "/me", token, null).at("/email").asText();
    }

    /** The opaque link id of the newest attestation mail to {@code email}, polled for. */
    String attestationLink(String email) {
        Pattern link = Pattern.compile(Pattern.quote(endpoints.portal().resolve("/attestera/").toString())
                + "([A-Za-z0-9_-]{22,128})");
        String mail = awaitMail(email, text -> link.matcher(text).find()).textBody().orElseThrow();
        Matcher matcher = link.matcher(mail);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /**
     * Makes {@code request} (which should send an SMS code to {@code mobile}) and returns the code of the SMS it
     * sent, polled for in the SMS capture.
     */
    String smsCodeSentBy(String mobile, Supplier<Answer> request) {
        int before = smsTo(mobile).size();
        Answer sent = request.get();
        assertThat(sent.status()).as(sent.raw()).isEqualTo(200);
        String message = await(() -> {
            JsonNode messages = smsTo(mobile);
            return messages.size() > before ? Optional.of(messages.get(0).path("message").asText()) : Optional.empty();
        }, () -> "No SMS to " + mobile + " in the capture");
        Matcher code = SMS_CODE.matcher(message);
        assertThat(code.find()).as(message).isTrue();
        return code.group(1);
    }

    /** The SMS capture's messages to {@code mobile}, newest first. */
    JsonNode smsTo(String mobile) {
        URI messages = URI.create(endpoints.sms().toString().replaceAll("/$", "") + "/messages?phoneNumber="
                + URLEncoder.encode(mobile, StandardCharsets.UTF_8));
        try {
            return JSON.readTree(send(HttpRequest.newBuilder(messages).GET().build()).body()).path("messages");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The attestant's side of a BankID sign order in the simulator's app, as a person clicks it: opens the order by
     * its autostart token, identifies as {@code personalNumber} (12 digits) and confirms with the security code.
     */
    void signInBankIdApp(String autoStartToken, String orderRef, String personalNumber) {
        String app = endpoints.bankIdApp().toString().replaceAll("/$", "");
        for (Map.Entry<String, String> step : List.of(Map.entry("/open", "code=" + form(autoStartToken)),
                Map.entry("/orders/" + orderRef + "/identify", "personalNumber=" + form(personalNumber)),
                Map.entry("/orders/" + orderRef + "/confirm", ""))) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(app + step.getKey()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(step.getValue())).build());
            assertThat(answer.statusCode()).as("%s: %s", step.getKey(), answer.body()).isBetween(300, 399);
        }
    }

    /**
     * The BankID simulator's RP API asked as the portal's server asks it: {@code collect} (the order's status, left
     * in place while pending) or {@code cancel} on one order.
     */
    JsonNode bankIdRp(String action, String orderRef) {
        URI uri = URI.create(endpoints.bankIdApi().toString().replaceAll("/$", "") + "/" + action);
        try {
            return JSON.readTree(send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("orderRef", orderRef))))
                    .build()).body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A customer with an attestant (a mobile of their own) and a signed-in orderer. */
    record Orderable(Organisation organisation, String orderer, String attestantEmail, String mobile) {
    }

    /** An order awaiting attestation: its id, the link mailed to its attestant, and the attestant's mobile. */
    record Attestable(String orderId, String link, String mobile) {
    }

    Orderable orderable() {
        Organisation organisation = register("Region Beställning");
        String attestantEmail = email("attestant");
        String mobile = mobile();
        add(organisation, personWithMobile("Astrid Attestant", attestantEmail, mobile,
                OrderingIT.ATTESTANTS_PERSONNUMMER, "ATTESTANT"));
        String orderer = member(organisation, "ORDERER");
        assertThat(call("GET", "/me", orderer, null).status()).isEqualTo(200); // binds the login
        return new Orderable(organisation, orderer, attestantEmail, mobile);
    }

    /** An order placed for a new customer, its attestation link mailed. */
    Attestable awaitingAttestation() {
        Orderable orderable = orderable();
        Answer placed = call("POST", orderable.organisation().path() + "/orders", orderable.orderer(),
                OrderingIT.webcertOrder(true, false));
        assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
        return new Attestable(placed.at("/order/orderId").asText(), attestationLink(orderable.attestantEmail()),
                orderable.mobile());
    }

    /** The {@code count} attestation links mailed to the orderable's attestant (polled for), each with its order. */
    List<Attestable> attestationLinks(Orderable orderable, int count) {
        return attestationLinks(Map.of(orderable, count)).get(orderable);
    }

    /**
     * The attestation links mailed to each orderable's attestant, once each has at least its count. The mailbox is read
     * once per look for all of them: many threads each reading the SES stand-in's whole store at once overload it.
     */
    Map<Orderable, List<Attestable>> attestationLinks(Map<Orderable, Integer> counts) {
        Pattern link = Pattern.compile(Pattern.quote(endpoints.portal().resolve("/attestera/").toString())
                + "([A-Za-z0-9_-]{22,128})");
        Map<Orderable, List<String>> links = await(() -> {
            List<SentMail> mails = mailbox.sentMails();
            Map<Orderable, List<String>> found = new java.util.HashMap<>();
            counts.forEach((orderable, count) -> found.put(orderable, mails.stream()
                    .filter(mail -> mail.isAddressedTo(orderable.attestantEmail()))
                    .flatMap(mail -> mail.textBody().stream())
                    .flatMap(text -> link.matcher(text).results().map(match -> match.group(1))).distinct().toList()));
            return counts.entrySet().stream().allMatch(count -> found.get(count.getKey()).size() >= count.getValue())
                    ? Optional.of(found) : Optional.empty();
        }, () -> "Fewer attestation links than " + counts.values() + " reached "
                + counts.keySet().stream().map(Orderable::attestantEmail).toList());
        Map<Orderable, List<Attestable>> attestables = new java.util.HashMap<>();
        links.forEach((orderable, ids) -> attestables.put(orderable, ids.stream().map(id -> new Attestable(
                call("GET", "/attestation/" + id, Optional.empty(), null).at("/orderId").asText(), id,
                orderable.mobile())).toList()));
        return attestables;
    }

    /** The sample application with a fresh organisation and addresses, signed by {@code personnummer}. */
    Map<String, Object> application(String signatoryEmail, String personnummer) {
        try {
            ObjectNode form = (ObjectNode) JSON.readTree(JSON.readTree(SamTemplate.ofProject().source().getParent()
                    .resolve("events/submit-application/valid-application.json").toFile()).path("body").asText());
            ((ObjectNode) form.path("organisation")).put("organisationsnummer", organisationsnummer());
            ((ObjectNode) form.path("contacts").path("administrator")).put("email", email("admin"));
            ((ObjectNode) form.path("contacts").path("signatory")).put("email", signatoryEmail)
                    .put("personnummer", personnummer);
            ((ObjectNode) form.path("contacts").path("agreementContact")).put("email", email("kontakt"));
            @SuppressWarnings("unchecked")
            Map<String, Object> body = JSON.convertValue(form, Map.class);
            return body;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An application submitted through the portal; its id. */
    String submitApplication(String signatoryEmail, String personnummer) {
        Answer submitted = call("POST", "/applications", Optional.empty(), application(signatoryEmail, personnummer));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        return submitted.at("/applicationId").asText();
    }

    /** The signing link mailed to {@code signatoryEmail}, polled for. */
    String signingLink(String signatoryEmail) {
        Matcher link = SIGNING_LINK.matcher(awaitMail(signatoryEmail, text -> SIGNING_LINK.matcher(text).find())
                .textBody().orElseThrow());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** The signatory starts BankID on the signing link, signs in the simulator's app as {@code personnummer}. */
    Answer startAndSignInApp(String link, String personnummer) {
        Answer started = call("POST", "/signing/" + link + "/bankid", Optional.empty(), null);
        assertThat(started.status()).as(started.raw()).isEqualTo(200);
        signInBankIdApp(started.at("/autoStartToken").asText(), started.at("/orderRef").asText(),
                personnummer.replace("-", ""));
        return started;
    }

    /** Signs the agreement behind the link with BankID, to the end: the collect that answers complete. */
    void signAgreement(String link, String personnummer) {
        startAndSignInApp(link, personnummer);
        Answer collected = call("POST", "/signing/" + link + "/bankid/collect", Optional.empty(), null);
        assertThat(collected.at("/status").asText()).as(collected.raw()).isEqualTo("complete");
    }

    /** The status of the order's execution (one per order, named after its id) once it has stopped running. */
    ExecutionStatus finishedOrderExecution(String orderId) {
        try (SfnClient sfn = LocalRuntimeIT.sfn(endpoints.stepFunctions())) {
            String execution = sfn.listStateMachines().stateMachines().stream()
                    .flatMap(machine -> sfn.listExecutions(request -> request.stateMachineArn(machine.stateMachineArn()))
                            .executions().stream())
                    .filter(candidate -> candidate.name().equals(orderId)).findFirst().orElseThrow().executionArn();
            return await(() -> Optional.of(sfn.describeExecution(request -> request.executionArn(execution)).status())
                    .filter(status -> status != ExecutionStatus.RUNNING), () -> "The order's execution still runs");
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fresh e-mail address, so that runs and tests never share a person. */
    static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@region.example.se";
    }

    /** A fresh valid organisationsnummer (group 2: state, regions and municipalities), Luhn check digit included. */
    static String organisationsnummer() {
        return TestData.organisationsnummer();
    }

    private CognitoIdentityProviderClient cognito() {
        return StandInClients.cognito(endpoints.cognito());
    }
}
