package se.inera.kundportal.functions.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link SentMailMarkers} for handler tests; the same rules as the DynamoDB adapter. */
public final class InMemorySentMailMarkers implements SentMailMarkers {
    private final Map<String, UnconfirmedMail> unconfirmed = new ConcurrentHashMap<>();
    private final Map<String, Boolean> sent = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySentMailMarkers(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean claim(String subjectId, String mailKey) {
        String key = subjectId + "/" + mailKey;
        if (sent.containsKey(key) || unconfirmed.containsKey(key)) {
            return false;
        }
        unconfirmed.put(key, new UnconfirmedMail(subjectId, mailKey, MarkerState.CLAIMED, clock.instant(),
                Optional.empty(), Optional.empty()));
        return true;
    }

    @Override
    public synchronized void attach(String subjectId, String mailKey, MailMessage message) {
        unconfirmed.computeIfPresent(subjectId + "/" + mailKey, (key, mail) -> mail.state() != MarkerState.CLAIMED
                ? mail : new UnconfirmedMail(subjectId, mailKey, mail.state(), mail.claimedAt(), mail.reason(),
                Optional.of(message)));
    }

    @Override
    public synchronized void markSent(String subjectId, String mailKey, String messageId) {
        unconfirmed.remove(subjectId + "/" + mailKey);
        sent.put(subjectId + "/" + mailKey, true);
    }

    @Override
    public synchronized void release(String subjectId, String mailKey) {
        unconfirmed.computeIfPresent(subjectId + "/" + mailKey,
                (key, mail) -> mail.state() == MarkerState.CLAIMED ? null : mail);
    }

    @Override
    public synchronized void markUncertain(String subjectId, String mailKey, String reason) {
        unconfirmed.computeIfPresent(subjectId + "/" + mailKey, (key, mail) -> mail.state() == MarkerState.UNCERTAIN
                ? mail : new UnconfirmedMail(subjectId, mailKey, MarkerState.UNCERTAIN, mail.claimedAt(),
                Optional.of(reason), mail.message()));
    }

    @Override
    public synchronized Optional<MarkerState> find(String subjectId, String mailKey) {
        String key = subjectId + "/" + mailKey;
        return sent.containsKey(key) ? Optional.of(MarkerState.SENT)
                : Optional.ofNullable(unconfirmed.get(key)).map(UnconfirmedMail::state);
    }

    @Override
    public synchronized Optional<UnconfirmedMail> findUnconfirmed(String subjectId, String mailKey) {
        return Optional.ofNullable(unconfirmed.get(subjectId + "/" + mailKey));
    }

    @Override
    public synchronized List<UnconfirmedMail> unconfirmed() {
        return unconfirmed.values().stream().sorted(Comparator.comparing(UnconfirmedMail::claimedAt)).toList();
    }

    @Override
    public synchronized boolean claimResend(UnconfirmedMail seen, Instant now) {
        String key = seen.subjectId() + "/" + seen.mailKey();
        UnconfirmedMail current = unconfirmed.get(key);
        if (current == null || current.state() != seen.state() || !current.claimedAt().equals(seen.claimedAt())) {
            return false;
        }
        unconfirmed.put(key, new UnconfirmedMail(seen.subjectId(), seen.mailKey(), MarkerState.RESENDING, now,
                current.reason(), current.message()));
        return true;
    }
}
