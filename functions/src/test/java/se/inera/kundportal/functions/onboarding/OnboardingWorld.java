package se.inera.kundportal.functions.onboarding;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;

import se.inera.kundportal.core.application.ApplicationContacts;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplication;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.organisation.InvoicingDetails;
import se.inera.kundportal.core.organisation.OrganisationDetails;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.organisation.PostalAddress;
import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.person.Personnummer;
import se.inera.kundportal.core.person.Signatory;
import se.inera.kundportal.core.testing.InMemoryPorts;
import se.inera.kundportal.core.testing.ManualClock;
import se.inera.kundportal.core.workflow.InMemoryWorkflowCallbacks;
import se.inera.kundportal.core.workflow.OnboardingSteps.AgreementTerms;
import se.inera.kundportal.core.workflow.OnboardingSteps;
import se.inera.kundportal.core.workflow.OnboardingWaits;
import se.inera.kundportal.core.workflow.Rendezvous;
import se.inera.kundportal.core.workflow.RecordingTaskTokenResumer;
import se.inera.kundportal.functions.cognito.AdministratorAccounts;
import se.inera.kundportal.functions.json.Json;
import se.inera.kundportal.functions.mail.MailMessage;
import se.inera.kundportal.functions.mail.Mailer;
import se.inera.kundportal.functions.mail.OnboardingMails;
import se.inera.kundportal.functions.mail.OnceOnlyMailer;
import se.inera.kundportal.functions.mail.PortalLinks;
import se.inera.kundportal.functions.mail.InMemorySentMailMarkers;

/**
 * The onboarding task handlers' world in memory: core's in-memory ports, a recording mailer and
 * task-token resumer, accounts in a map. The application of the {@code events/} files
 * ({@link #EVENT_APPLICATION}) is what tests seed. One per test.
 */
public final class OnboardingWorld {
    static final ApplicationId EVENT_APPLICATION = new ApplicationId("3f1c2b7e-9d4a-4c61-8a52-0e6b5d7f2a91");
    static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    static final AgreementTerms TERMS = new AgreementTerms("2.4", "0f".repeat(32));
    static final String TITLE = "Kundavtal 2";

    final ManualClock clock = new ManualClock(NOW);
    final InMemoryPorts.Organisations organisations = new InMemoryPorts.Organisations();
    final InMemoryPorts.Applications applications = new InMemoryPorts.Applications();
    final InMemoryPorts.Agreements agreements = new InMemoryPorts.Agreements();
    final InMemoryPorts.Users users = new InMemoryPorts.Users(organisations);
    final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
    final InMemoryWorkflowCallbacks callbacks = new InMemoryWorkflowCallbacks(clock);
    final RecordingTaskTokenResumer resumer = new RecordingTaskTokenResumer();
    final OnboardingWaits waits = new OnboardingWaits(applications, agreements,
            new Rendezvous(callbacks, resumer, clock));
    final RecordingMailer mailer = new RecordingMailer();
    final InMemorySentMailMarkers markers = new InMemorySentMailMarkers(clock);
    final InMemoryAccounts accounts = new InMemoryAccounts();
    final OnboardingSteps steps = new OnboardingSteps(applications, organisations, agreements, users, audit,
            new SecureRandom(), clock);
    final OnboardingMails mails = new OnboardingMails(new PortalLinks("https://kundportal.example.se"));
    final OnceOnlyMailer onceOnly = new OnceOnlyMailer(mailer, markers);

    CustomerApplication submitted() {
        return applications.create(CustomerApplication.submitted(EVENT_APPLICATION, details(), contacts(), NOW));
    }

    CustomerApplication approved() {
        CustomerApplication submitted = submitted();
        return applications.transition(submitted.approve(Actor.operator("olle", "Olle Operatör"), NOW),
                ApplicationStatus.SUBMITTED);
    }

    CustomerApplication rejected(String reason) {
        CustomerApplication submitted = submitted();
        return applications.transition(submitted.reject(Actor.operator("olle", "Olle Operatör"), NOW, reason),
                ApplicationStatus.SUBMITTED);
    }

    static OrganisationDetails details() {
        PostalAddress address = new PostalAddress("Storgatan 1", "118 27", "Stockholm");
        return new OrganisationDetails(new Organisationsnummer("559900-1236"), "Vårdbolaget <Exempel> AB", address,
                new InvoicingDetails(address, "Kostnadsställe 4711", Optional.empty(), Optional.empty()));
    }

    static ApplicationContacts contacts() {
        return new ApplicationContacts(
                new Contact("Anna Administratör", new EmailAddress("anna.admin@vardbolaget.example.se"),
                        new MobileNumber("+46701234567")),
                new Signatory(new Contact("Sven Signatär", new EmailAddress("sven@vardbolaget.example.se"),
                        new MobileNumber("+46707654321")), new Personnummer("191212121212")),
                new Contact("Karl Kontakt", new EmailAddress("karl.kontakt@vardbolaget.example.se"),
                        new MobileNumber("+46709876543")));
    }

    /** Runs a task handler on the event file {@code events/<function>/<scenario>.json}, as Lambda would. */
    static JsonNode invoke(RequestStreamHandler handler, String functionAndScenario) {
        Path file = projectDirectory().resolve("events").resolve(functionAndScenario);
        try {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(file)), output, null);
            return Json.MAPPER.readTree(output.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path projectDirectory() {
        String configured = System.getProperty("kundportal.project.dir");
        return (configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..")).toAbsolutePath()
                .normalize();
    }

    /** A clock tests move. */
    static final class ManualClock extends Clock {
        private volatile Instant now;

        ManualClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    public static final class RecordingMailer implements Mailer {
        public final List<MailMessage> sent = new ArrayList<>();

        @Override
        public String send(MailMessage message) {
            sent.add(message);
            return "message-" + sent.size();
        }

        List<MailMessage> to(String address) {
            return sent.stream().filter(mail -> mail.to().equals(address)).toList();
        }
    }

    /** Accounts by e-mail; {@code true} once the person has chosen their own password. */
    public static final class InMemoryAccounts implements AdministratorAccounts {
        public final Map<String, Boolean> passwordChosen = new ConcurrentHashMap<>();
        public int passwordsIssued;

        @Override
        public void deleteAccount(EmailAddress email) {
            passwordChosen.remove(email.normalisedKey());
        }

        @Override
        public Outcome ensureAccount(String name, EmailAddress email) {
            return passwordChosen.putIfAbsent(email.normalisedKey(), false) == null
                    ? Outcome.CREATED : Outcome.ALREADY_EXISTED;
        }

        @Override
        public Optional<String> issueTemporaryPassword(EmailAddress administrator) {
            if (passwordChosen.getOrDefault(administrator.normalisedKey(), true)) {
                return Optional.empty();
            }
            passwordsIssued++;
            return Optional.of("Tillf-" + passwordsIssued + "-Xy9!kQ");
        }

        @Override
        public int temporaryPasswordValidityDays() {
            return 3;
        }
    }
}
