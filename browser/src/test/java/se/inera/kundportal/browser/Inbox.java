package se.inera.kundportal.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.inera.kundportal.core.testing.TestData;
import se.inera.kundportal.local.runtime.LocalRuntime;
import se.inera.kundportal.standins.SentMail;
import se.inera.kundportal.standins.SesMailbox;

/**
 * What people read outside the browser: their mail (aws-ses-v2-local's store) and their SMS (the local runtime's SMS
 * capture, GET /messages). Both are polled: mail and SMS go out within a request or a workflow step.
 */
final class Inbox {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    private final SesMailbox mailbox;
    private final URI sms;

    Inbox(LocalRuntime.Endpoints endpoints) {
        this.mailbox = new SesMailbox(endpoints.ses());
        this.sms = endpoints.sms();
    }

    /** The newest mail to {@code address} whose text matches. */
    SentMail mail(String address, Predicate<String> text) {
        return await(() -> {
            List<SentMail> matching = mailbox.sentMailsTo(address).stream()
                    .filter(mail -> mail.textBody().map(text::test).orElse(false)).toList();
            return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
        }, () -> "no mail to " + address + " arrived; the mailbox holds " + mailbox.sentMails());
    }

    /** How many mails {@code address} has had so far. */
    int mailCount(String address) {
        return mailbox.sentMailsTo(address).size();
    }

    /** Waits until {@code address} has had {@code count} mails. */
    void awaitMails(String address, int count) {
        await(() -> mailbox.sentMailsTo(address).size() >= count ? Optional.of(true) : Optional.empty(),
                () -> count + " mails to " + address + "; there are " + mailbox.sentMailsTo(address));
    }

    /** Every match of {@code pattern}'s group 1 in the mails to {@code address}, oldest mail first; waits for {@code count}. */
    List<String> allInMails(String address, Pattern pattern, int count) {
        return await(() -> {
            List<String> found = new ArrayList<>();
            for (SentMail mail : mailbox.sentMailsTo(address)) {
                Matcher matcher = pattern.matcher(mail.textBody().orElse(""));
                while (matcher.find()) {
                    if (!found.contains(matcher.group(1))) {
                        found.add(matcher.group(1));
                    }
                }
            }
            return found.size() >= count ? Optional.of(found) : Optional.empty();
        }, () -> count + " matches of " + pattern + " in the mails to " + address + "; they are " + mailbox.sentMailsTo(address));
    }

    /** Group 1 of {@code pattern} in the newest mail to {@code address} that has it. */
    String inMail(String address, Pattern pattern) {
        Matcher matcher = pattern.matcher(mail(address, text -> pattern.matcher(text).find()).textBody().orElseThrow());
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return last;
    }

    /** The six-digit code of the newest SMS to {@code phoneNumber} that is not one of {@code seen}. */
    String smsCode(String phoneNumber, List<String> seen) {
        return await(() -> {
            for (JsonNode message : smsTo(phoneNumber)) {
                if (!seen.contains(message.path("messageId").asText())) {
                    Matcher matcher = SIX_DIGITS.matcher(message.path("message").asText());
                    if (matcher.find()) {
                        return Optional.of(matcher.group(1));
                    }
                }
            }
            return Optional.empty();
        }, () -> "no new SMS code to " + phoneNumber);
    }

    /** The ids of the SMS to {@code phoneNumber} so far. */
    List<String> smsIds(String phoneNumber) {
        List<String> ids = new ArrayList<>();
        smsTo(phoneNumber).forEach(message -> ids.add(message.path("messageId").asText()));
        return ids;
    }

    private JsonNode smsTo(String phoneNumber) {
        try {
            URI uri = sms.resolve("/messages?phoneNumber=" + java.net.URLEncoder.encode(phoneNumber, java.nio.charset.StandardCharsets.UTF_8));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body()).path("messages");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code probe} until it finds something, for a generous while. */
    static <T> T await(Supplier<Optional<T>> probe, Supplier<String> missing) {
        return TestData.await(probe, missing, Duration.ofSeconds(30));
    }
}
