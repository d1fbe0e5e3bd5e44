package se.inera.kundportal.core.customer;

import se.inera.kundportal.core.organisation.AgreementStanding;
import se.inera.kundportal.core.organisation.Organisation;
import se.inera.kundportal.core.organisation.OrganisationRepository;
import se.inera.kundportal.core.organisation.Organisationsnummer;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.agreement.AgreementRepository;
import se.inera.kundportal.core.audit.AuditLog;
import se.inera.kundportal.core.agreement.AgreementAudit;
import se.inera.kundportal.core.audit.OrganisationAudit;
import se.inera.kundportal.core.common.Actor;
import se.inera.kundportal.core.common.Authorisation;
import se.inera.kundportal.core.person.Contact;
import se.inera.kundportal.core.user.Role;
import se.inera.kundportal.core.user.RoleAssignment;
import se.inera.kundportal.core.user.User;
import se.inera.kundportal.core.user.UserAudit;
import se.inera.kundportal.core.user.UserId;
import se.inera.kundportal.core.user.UserRepository;

/**
 * Registers a customer that already has Kundavtal 2: organisation (signed from the start), the
 * agreement record, and the administrator with the Administrator role. The organisation write
 * comes first and is the one that refuses a duplicate organisationsnummer.
 */
public final class RegisterExistingCustomerService implements RegisterExistingCustomer {
    /** Inera's current version of the Kundavtal 2 text, recorded on registered agreements. */
    private final String agreementVersion;
    private final OrganisationRepository organisations;
    private final AgreementRepository agreements;
    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    public RegisterExistingCustomerService(String agreementVersion, OrganisationRepository organisations,
                                           AgreementRepository agreements, UserRepository users, AuditLog audit,
                                           Clock clock) {
        this.agreementVersion = Objects.requireNonNull(agreementVersion);
        this.organisations = Objects.requireNonNull(organisations);
        this.agreements = Objects.requireNonNull(agreements);
        this.users = Objects.requireNonNull(users);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Organisation register(RegisterCommand command) {
        Authorisation.requireOperator(command.agreement().registeredBy());
        Instant now = clock.instant();
        Actor operator = command.agreement().registeredBy();
        Organisation organisation = organisations.register(
                new Organisation(command.organisation(), AgreementStanding.SIGNED, now, 0));
        audit.append(OrganisationAudit.registered(organisation, operator, "EXISTING_CUSTOMER_REGISTERED",
                Map.of("reference", command.agreement().reference())));
        Agreement agreement = agreements.create(Agreement.registeredExisting(AgreementId.newId(),
                organisation.number(), agreementVersion, command.agreement(), now));
        audit.append(AgreementAudit.created(agreement, operator));
        User administrator = findOrCreate(command.administrator(), operator, organisation.number());
        RoleAssignment administration = new RoleAssignment(organisation.number(), administrator.id(),
                Role.ADMINISTRATOR, operator, now);
        if (users.assign(administration)) {
            audit.append(UserAudit.roleAssigned(administration));
        }
        return organisation;
    }

    private User findOrCreate(Contact contact, Actor operator, Organisationsnummer organisation) {
        return users.findByEmail(contact.email()).orElseGet(() -> {
            User created = users.create(new User(UserId.newId(), contact.name(), contact.email(),
                    Optional.of(contact.mobile()), Optional.empty(), 0));
            audit.append(UserAudit.created(created, operator, clock.instant(), organisation));
            return created;
        });
    }
}
