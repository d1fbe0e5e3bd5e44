package se.inera.kundportal.functions.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.order.OrderStatus;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.core.workflow.CallbackKey;

/**
 * The single-table key design, in one place: every PK, SK and GSI key value of the table is built
 * here and nowhere else (docs/data-model.md describes the same design for readers). Ids reaching
 * these methods are already checked by core ({@code Ids.requireSafe}, the identifier records), so
 * they cannot contain the {@code #} separator.
 *
 * <p>Index roles: {@code GSI1} lists things by their owner (an organisation's orders, agreements,
 * applications and audit trail, a user's organisations, an order's attestation links);
 * {@code GSI2} lists things by status (the operator's work lists, mails not confirmed as sent, parked task
 * tokens for the sweeper), finds
 * agreements by signing link and lists one subject's audit trail by time.
 */
public final class Keys {
    public static final String PK = "PK";
    public static final String SK = "SK";
    public static final String GSI1 = "GSI1";
    public static final String GSI1PK = "GSI1PK";
    public static final String GSI1SK = "GSI1SK";
    public static final String GSI2 = "GSI2";
    public static final String GSI2PK = "GSI2PK";
    public static final String GSI2SK = "GSI2SK";
    /** TTL attribute (epoch seconds); only set on disposable items (links, SMS challenges, sessions, callbacks). */
    public static final String TTL = "expiresAt";

    /**
     * Fixed-width UTC timestamps so that sort keys order by time (a plain {@code Instant.toString()}
     * drops zero fractions and would sort {@code …00Z} after {@code …00.5Z}).
     */
    private static final DateTimeFormatter SORTABLE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Keys() {
    }

    /** A primary key (PK, SK). */
    public record Key(String pk, String sk) {
    }

    /** Read (never written) by SnapStart's priming before the snapshot: no item has this key. */
    public static Key snapshotPrimer() {
        return new Key("PRIMING", "PRIMING");
    }

    // --- organisation, its members -------------------------------------------------------------

    public static Key organisation(Organisationsnummer number) {
        return new Key(organisationPartition(number), "ORG");
    }

    /** One user's roles in one organisation, in the organisation's item collection. */
    public static Key member(Organisationsnummer organisation, UserId user) {
        return new Key(organisationPartition(organisation), MEMBER_PREFIX + user.value());
    }

    public static final String MEMBER_PREFIX = "MEMBER#";

    public static String organisationPartition(Organisationsnummer number) {
        return "ORG#" + number.value();
    }

    /** GSI1PK of member items: the organisations of a user. */
    public static String membershipsOfUser(UserId user) {
        return "USERORGS#" + user.value();
    }

    public static String membershipSortKey(Organisationsnummer organisation) {
        return "ORG#" + organisation.value();
    }

    /**
     * The organisation's administrator roster: the ids of its administrators as a string set, on one item, so that
     * "at least one administrator" is one conditional write ({@code size(administrators) > 1}) even under concurrent
     * removals. A grant writes the member item first and the roster after it, a removal the roster first, so the
     * roster never names more administrators than the member items hold.
     */
    public static Key administratorRoster(Organisationsnummer organisation) {
        return new Key(organisationPartition(organisation), "ADMINISTRATORS");
    }

    // --- users ----------------------------------------------------------------------------------

    /** A login (the identity provider's {@code sub}) bound to the person it signs in as; written once. */
    public static Key login(String subject) {
        return new Key("LOGIN#" + subject, "LOGIN");
    }

    public static Key user(UserId id) {
        return new Key("USER#" + id.value(), "USER");
    }

    /** The item that claims an e-mail address for one user (uniqueness without transactions). */
    public static Key emailClaim(EmailAddress email) {
        return new Key("EMAIL#" + email.normalisedKey(), "EMAIL");
    }

    // --- applications ---------------------------------------------------------------------------

    public static Key application(ApplicationId id) {
        return new Key("APP#" + id.value(), "APP");
    }

    /**
     * The claim an open application holds on its organisation: one item per organisationsnummer, in the
     * organisation's partition (beside the organisation item once there is one).
     */
    public static Key applicationClaim(Organisationsnummer organisation) {
        return new Key(organisationPartition(organisation), "APPLICATION_CLAIM");
    }

    /** GSI1PK: an organisation's applications. */
    public static String applicationsOfOrganisation(Organisationsnummer organisation) {
        return "ORGAPPS#" + organisation.value();
    }

    /** GSI2PK: the operator's work list of applications with one status. */
    public static String applicationsWithStatus(ApplicationStatus status) {
        return "APPSTATUS#" + status.name();
    }

    // --- orders ---------------------------------------------------------------------------------

    public static Key order(OrderId id) {
        return new Key("ORDER#" + id.value(), "ORDER");
    }

    /** GSI1PK: an organisation's orders. */
    public static String ordersOfOrganisation(Organisationsnummer organisation) {
        return "ORGORDERS#" + organisation.value();
    }

    /** GSI2PK: the operator's list of orders with one status. */
    public static String ordersWithStatus(OrderStatus status) {
        return "ORDERSTATUS#" + status.name();
    }

    // --- agreements -----------------------------------------------------------------------------

    public static Key agreement(AgreementId id) {
        return new Key("AGREEMENT#" + id.value(), "AGREEMENT");
    }

    /** GSI1PK: an organisation's agreements. */
    public static String agreementsOfOrganisation(Organisationsnummer organisation) {
        return "ORGAGREEMENTS#" + organisation.value();
    }

    /** GSI2PK of an agreement while it has a signing link (sparse: removed once signed or expired). */
    public static String signingLink(LinkId link) {
        return "SIGNLINK#" + link.value();
    }

    public static final String SIGNING_LINK_SORT_KEY = "AGREEMENT";

    /**
     * A BankID signing session behind a signing link ({@code functions.signing}); disposable like
     * the link it belongs to (TTL = link expiry + grace).
     */
    public static Key signingSession(LinkId link) {
        return new Key(signingPartition(link), "BANKID_ORDER");
    }

    /**
     * The record that a signing link was issued for an agreement, kept after the agreement stops
     * answering to the link (signed, expired) so the link says why (410); TTL = link expiry + grace.
     */
    public static Key signingLinkIssued(LinkId link) {
        return new Key(signingPartition(link), "LINK");
    }

    private static String signingPartition(LinkId link) {
        return "SIGNING#" + link.value();
    }

    // --- attestation links and SMS challenges ---------------------------------------------------

    public static Key attestationLink(LinkId id) {
        return new Key(linkPartition(id), "LINK");
    }

    /** The SMS challenge lives next to its link: one per link, replaced on resend. */
    public static Key smsChallenge(LinkId link) {
        return new Key(linkPartition(link), "SMS");
    }

    /** The BankID order started through an attestation link, and its completion data. */
    public static Key bankIdAttestation(LinkId link) {
        return new Key(linkPartition(link), "BANKID");
    }

    /**
     * How many BankID orders a link (signing or attestation) has started: one counter item per link, disposable
     * with the link (TTL = link expiry + grace).
     */
    public static Key bankIdStarts(LinkId link) {
        return new Key("BANKIDSTARTS#" + link.value(), "COUNT");
    }

    private static String linkPartition(LinkId id) {
        return "LINK#" + id.value();
    }

    /** GSI1PK: the attestation links issued for an order. */
    public static String linksOfOrder(OrderId order) {
        return "ORDERLINKS#" + order.value();
    }

    // --- workflow callbacks ---------------------------------------------------------------------

    /**
     * A parked task token lives in the awaited thing's item collection (next to the application or
     * agreement it waits for), as its own item so that whole-item writes of the thing never touch it.
     */
    public static Key callback(CallbackKey key) {
        String partition = switch (key.kind()) {
            case APPLICATION_DECISION -> application(new ApplicationId(key.subjectId())).pk();
            case AGREEMENT_SIGNATURE -> agreement(new AgreementId(key.subjectId())).pk();
            case ORDER_ATTESTATION, ORDER_DELIVERY -> order(new OrderId(key.subjectId())).pk();
        };
        return new Key(partition, "CALLBACK#" + key.kind().name());
    }

    /**
     * GSI2PK of every parked task token, for the sweeper that heals lost wake-ups (sparse: a cleared token leaves
     * the index with its item).
     */
    public static final String PARKED_CALLBACKS = "PARKEDCALLBACK";

    /** GSI2SK of a parked token: park time first (oldest first), then what it waits for. */
    public static String parkedCallbackSortKey(Instant parkedAt, CallbackKey key) {
        return timeOrdered(parkedAt, key.kind().name() + "#" + key.subjectId());
    }

    // --- onboarding failures and sent-mail markers (functions' own ports) ----------------------

    /**
     * A failed onboarding, in its application's partition; keyed by the Step Functions execution so
     * that a retried report stores it once.
     */
    public static Key onboardingFailure(ApplicationId application, String executionId) {
        return new Key(application(application).pk(), ONBOARDING_FAILURE_PREFIX + executionId);
    }

    public static final String ONBOARDING_FAILURE_PREFIX = "FAILURE#";

    /** GSI2PK: every failed onboarding, for the operator's list. */
    public static final String ALL_ONBOARDING_FAILURES = "ONBOARDINGFAILURES";

    /** The marker that lets one workflow mail go out once. */
    public static Key sentMailMarker(String subjectId, String mailKey) {
        return new Key("MAIL#" + subjectId, "MAIL#" + mailKey);
    }

    /**
     * GSI2PK of a mail marker while its mail is not confirmed as sent (claimed, uncertain, being resent):
     * the operator's list of mails that may not have arrived. Sparse: a SENT marker leaves the index.
     */
    public static final String UNCONFIRMED_MAILS = "UNCONFIRMEDMAIL";

    /** GSI2SK of an unconfirmed mail: claimed time first (oldest first), then subject and mail key. */
    public static String unconfirmedMailSortKey(Instant claimedAt, String subjectId, String mailKey) {
        return timeOrdered(claimedAt, subjectId + "#" + mailKey);
    }

    // --- catalogue ------------------------------------------------------------------------------

    /** The whole catalogue is one small item collection: one item per service, offerings nested. */
    public static final String CATALOGUE_PARTITION = "CATALOGUE";

    public static Key service(ServiceId id) {
        return new Key(CATALOGUE_PARTITION, "SERVICE#" + id.value());
    }

    public static final String SERVICE_PREFIX = "SERVICE#";

    // --- audit trail ----------------------------------------------------------------------------

    /**
     * An audit record's own key: its subject's partition and a sort key made of its id's other parts
     * (change and action), never of its time, so appending the same change again finds the key taken.
     */
    public static Key auditRecord(AuditSubject subject, String change, String action) {
        return new Key(auditOf(subject), "RECORD#" + change + "#" + action);
    }

    /** Partition of one subject's audit trail (an order, an application, a user …); also its GSI2PK. */
    public static String auditOf(AuditSubject subject) {
        return "AUDIT#" + subject.type().name() + "#" + subject.id();
    }

    /** GSI1PK: an organisation's whole audit trail. */
    public static String auditOfOrganisation(Organisationsnummer organisation) {
        return "ORGAUDIT#" + organisation.value();
    }

    /** GSI1SK and GSI2SK of an audit record: time first (newest-first queries), the record id after it. */
    public static String auditByTime(Instant at, String recordId) {
        return timeOrdered(at, recordId);
    }

    /** A sort key ordering by time, made unique by an id: {@code 2026-11-29T07:01:02.000000000Z#<id>}. */
    public static String timeOrdered(Instant at, String id) {
        return SORTABLE_TIME.format(at) + "#" + id;
    }
}
