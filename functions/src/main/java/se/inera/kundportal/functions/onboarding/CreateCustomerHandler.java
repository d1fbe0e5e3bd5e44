package se.inera.kundportal.functions.onboarding;

import java.time.Duration;
import java.util.Objects;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.SigningSessions;
import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.common.Ids;
import se.inera.kundportal.core.error.AlreadyExistsException;
import se.inera.kundportal.core.error.NotFoundException;
import se.inera.kundportal.core.error.UnexpectedStatusException;
import se.inera.kundportal.core.workflow.OnboardingSteps.AgreementTerms;
import se.inera.kundportal.core.workflow.OnboardingSteps.CustomerCreated;
import se.inera.kundportal.core.workflow.OnboardingSteps;
import se.inera.kundportal.functions.cognito.AdministratorAccounts;
import se.inera.kundportal.functions.wiring.Wiring;

/**
 * Task "Create Customer" after Inera's approval: the organisation (awaiting signature), the pending
 * Kundavtal 2 with its signing link (an opaque 256-bit id, remembered in {@link SigningSessions} so
 * it answers 410 once expired) and deadline, the administrator's and the agreement contact's users
 * and roles, the administrator's sign-in account in Cognito, and the audit trail. Safe to repeat: see {@link OnboardingSteps#createCustomer}; the Cognito account is
 * created or found.
 */
public final class CreateCustomerHandler
        extends TaskHandler<CreateCustomerHandler.Input, CreateCustomerHandler.Output> {

    /** @param signingLinkValiditySeconds how long the signatory has to sign (from the template's settings) */
    public record Input(String applicationId, long signingLinkValiditySeconds) {
        public Input {
            Ids.requireSafe(applicationId, "applicationId");
            if (signingLinkValiditySeconds <= 0) {
                throw new IllegalArgumentException("signingLinkValiditySeconds must be positive");
            }
        }
    }

    /**
     * @param signingDeadline      ISO-8601 instant the signing link stops working
     * @param administratorAccount {@code CREATED} or {@code ALREADY_EXISTED}
     */
    public record Output(String agreementId, String organisationsnummer, String signingDeadline,
                         String administratorAccount) {
    }

    private final OnboardingSteps steps;
    private final AdministratorAccounts accounts;
    private final SigningSessions signingLinks;
    private final AgreementTerms terms;

    public CreateCustomerHandler() {
        this(Wiring.forExecutionEnvironment());
    }

    /** With the pieces of one function's {@code wiring} (the local runtime builds one per function). */
    public CreateCustomerHandler(Wiring wiring) {
        this(wiring.onboardingSteps(), wiring.administratorAccounts(),
                wiring.signingSessions(), Wiring.currentAgreementTerms());
    }

    /** @param signingLinks where the issued signing link is remembered, so it answers 410 once expired */
    public CreateCustomerHandler(OnboardingSteps steps, AdministratorAccounts accounts, SigningSessions signingLinks,
                                 AgreementTerms terms) {
        super(Input.class);
        this.steps = Objects.requireNonNull(steps);
        this.accounts = Objects.requireNonNull(accounts);
        this.signingLinks = Objects.requireNonNull(signingLinks);
        this.terms = Objects.requireNonNull(terms);
    }

    @Override
    protected Output handle(Input input) {
        CustomerCreated created;
        try {
            created = steps.createCustomer(new ApplicationId(input.applicationId()), terms,
                    Duration.ofSeconds(input.signingLinkValiditySeconds()));
        } catch (NotFoundException | UnexpectedStatusException | AlreadyExistsException e) {
            // The cause is shown to the operator beside this very application: core's Swedish reason, no prefix.
            throw new CustomerCreationFailed(e.getMessage(), e);
        }
        Agreement agreement = created.agreement();
        agreement.signingLink().ifPresent(link -> signingLinks.linkIssued(link, agreement.id(), agreement.expiresAt()));
        AdministratorAccounts.Outcome account =
                accounts.ensureAccount(created.application().contacts().administrator());
        return new Output(created.agreement().id().value(), created.organisation().number().value(),
                created.agreement().expiresAt().toString(), account.name());
    }

}
