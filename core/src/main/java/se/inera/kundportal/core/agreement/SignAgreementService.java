package se.inera.kundportal.core.agreement;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import se.inera.kundportal.core.application.ApplicationAudit;
import se.inera.kundportal.core.application.ApplicationStatus;
import se.inera.kundportal.core.application.CustomerApplicationRepository;
import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.audit.AuditRecord;
import se.inera.kundportal.core.audit.AuditSubject;
import se.inera.kundportal.core.audit.OrganisationAudit;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.LinkId;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.message.Messages;
import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationRepository;

/**
 * Records the signatory's BankID signature. The agreement's conditional transition
 * ({@code PENDING_SIGNATURE → SIGNED}) comes first, so a replayed signature changes nothing;
 * then the organisation may order and the application is completed.
 */
public final class SignAgreementService implements SignAgreement {
    private final AgreementRepository agreements;
    private final OrganisationRepository organisations;
    private final CustomerApplicationRepository applications;
    private final AuditLog audit;
    private final Clock clock;

    public SignAgreementService(AgreementRepository agreements, OrganisationRepository organisations,
                                CustomerApplicationRepository applications, AuditLog audit, Clock clock) {
        this.agreements = Objects.requireNonNull(agreements);
        this.organisations = Objects.requireNonNull(organisations);
        this.applications = Objects.requireNonNull(applications);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Agreement open(LinkId signingLink) {
        return agreements.findBySigningLink(signingLink).orElseThrow(() ->
                NotFoundException.of("Agreement", "(hidden)", Messages.UNKNOWN_SIGNING_LINK));
    }

    @Override
    public Agreement sign(SignCommand command) {
        Agreement pending = open(command.signingLink());
        Agreement signed = agreements.transition(pending.sign(command.signature(), clock),
                AgreementStatus.PENDING_SIGNATURE);

        Actor signatory = signed.signedBy().orElseThrow();
        audit.append(AuditRecord.of(clock.instant(), signatory,
                AuditSubject.of(AuditSubject.Type.AGREEMENT, signed.id()), signed.version(), signed.organisation(),
                "AGREEMENT_SIGNED", Map.of("documentVersion", signed.documentVersion(),
                        "orderRef", command.signature().orderRef(), "signer", command.signature().signer().masked(),
                        "from", pending.status().name(), "to", signed.status().name())));

        Organisation organisation = organisations.get(signed.organisation());
        Organisation standing = organisations.update(organisation.withAgreementStanding(AgreementStanding.SIGNED));
        audit.append(OrganisationAudit.standingChanged(organisation, standing, signatory, clock.instant()));
        applications.findByOrganisation(signed.organisation()).stream()
                .filter(a -> a.status() == ApplicationStatus.AWAITING_SIGNATURE)
                .findFirst()
                .ifPresent(a -> audit.append(ApplicationAudit.customerActivated(applications.transition(
                        a.agreementSigned(clock.instant()), ApplicationStatus.AWAITING_SIGNATURE), signatory,
                        signed.id().value())));
        return signed;
    }
}
