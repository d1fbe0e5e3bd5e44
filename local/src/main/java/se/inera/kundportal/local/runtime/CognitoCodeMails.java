package se.inera.kundportal.local.runtime;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.inera.kundportal.standins.StandInClients;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Where the forgotten-password code goes locally. Real Cognito mails the code of {@code ForgotPassword} to the user;
 * cognito-local mails nothing (it prints the code to its console, whose output reaches its log only in buffered
 * bursts) and keeps it on the user in its user pool file ({@code .cognito/db/<poolId>.json}, {@code ConfirmationCode}).
 * This watches that file and mails each new code through the SES stand-in to the user's address, so the developer
 * finds it in the local mailbox as the user would find Cognito's mail. The portal suppresses Cognito's own messages
 * and offers no self sign-up, so in this runtime a confirmation code is always a forgotten password's. Codes already
 * in the file when the runtime starts are not mailed again.
 */
final class CognitoCodeMails implements AutoCloseable {
    static final String SUBJECT = "Kod för att välja nytt lösenord – Kundportal (lokalt)";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A code to mail. */
    record Delivery(String email, String code) {
    }

    private final Path userPoolFile;
    private final Consumer<Delivery> mail;
    private final Map<String, String> mailedCodes = new HashMap<>();
    private final ScheduledExecutorService poller;

    CognitoCodeMails(Path userPoolFile, Consumer<Delivery> mail) {
        this.userPoolFile = userPoolFile;
        this.mail = mail;
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cognito-code-mails");
            thread.setDaemon(true);
            return thread;
        });
        mailedCodes.putAll(codes(userPoolFile));
    }

    /** Watches {@code userPoolFile} every half second; mails from {@code sender} through the SES stand-in at {@code ses}. */
    static CognitoCodeMails start(Path userPoolFile, URI ses, String sender) {
        SesV2Client client = SesV2Client.builder().endpointOverride(ses).region(StandInClients.REGION)
                .credentialsProvider(StandInClients.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        CognitoCodeMails mails = new CognitoCodeMails(userPoolFile, delivery -> client.sendEmail(request -> request
                .fromEmailAddress(sender)
                .destination(to -> to.toAddresses(delivery.email()))
                .content(content -> content.simple(message -> message
                        .subject(text -> text.data(SUBJECT).charset("UTF-8"))
                        .body(body -> body.text(text -> text.data(text(delivery.code())).charset("UTF-8")))))));
        mails.poller.scheduleWithFixedDelay(mails::mailNewCodes, 500, 500, TimeUnit.MILLISECONDS);
        return mails;
    }

    static String text(String code) {
        return "Koden för att välja ett nytt lösenord: " + code + "\n\n"
                + "Skriv in koden på sidan Glömt lösenord och välj ett nytt lösenord.\n\n"
                + "(Lokalt: cognito-local skickar ingen e-post; Kundportalens lokala körning skickar koden hit. "
                + "I AWS skickar Cognito koden själv.)\n";
    }

    /** Mails each code that is new since the last look; a mail that fails is tried again at the next. */
    synchronized void mailNewCodes() {
        codes(userPoolFile).forEach((email, code) -> {
            if (code.equals(mailedCodes.get(email))) {
                return;
            }
            try {
                mail.accept(new Delivery(email, code));
                mailedCodes.put(email, code);
            } catch (RuntimeException unavailable) {
                // the SES stand-in did not answer: next time
            }
        });
    }

    /** The confirmation code of every user who has one, by e-mail address; empty when the file cannot be read now. */
    static Map<String, String> codes(Path userPoolFile) {
        Map<String, String> codes = new LinkedHashMap<>();
        JsonNode pool;
        try {
            if (!Files.exists(userPoolFile)) {
                return codes;
            }
            pool = JSON.readTree(userPoolFile.toFile());
        } catch (IOException halfWritten) {
            return codes;
        }
        for (JsonNode user : pool.path("Users")) {
            String code = user.path("ConfirmationCode").asText("");
            String email = "";
            for (JsonNode attribute : user.path("Attributes")) {
                if ("email".equals(attribute.path("Name").asText())) {
                    email = attribute.path("Value").asText("");
                }
            }
            if (!code.isEmpty() && !email.isEmpty()) {
                codes.put(email, code);
            }
        }
        return codes;
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
