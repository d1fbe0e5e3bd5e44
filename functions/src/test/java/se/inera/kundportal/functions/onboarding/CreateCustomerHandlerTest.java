package se.inera.kundportal.functions.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.agreement.Agreement;
import se.inera.kundportal.core.agreement.AgreementId;
import se.inera.kundportal.core.testing.InMemorySigningSessions;
import se.inera.kundportal.core.workflow.OnboardingSteps;

class CreateCustomerHandlerTest {
    private final OnboardingWorld world = new OnboardingWorld();
    private final InMemorySigningSessions signingLinks = new InMemorySigningSessions();
    private final CreateCustomerHandler handler = new CreateCustomerHandler(world.steps, world.accounts,
            signingLinks, OnboardingWorld.TERMS);

    @Test
    void createsTheCustomerAndTheAdministratorsAccount() {
        world.approved();

        var output = OnboardingWorld.invoke(handler, "create-customer/approved-application.json");

        assertThat(output.path("agreementId").asText())
                .isEqualTo(OnboardingSteps.agreementIdFor(OnboardingWorld.EVENT_APPLICATION).value());
        assertThat(output.path("organisationsnummer").asText()).isEqualTo("559900-1236");
        assertThat(output.path("signingDeadline").asText())
                .isEqualTo(OnboardingWorld.NOW.plusSeconds(1209600).toString());
        assertThat(output.path("administratorAccount").asText()).isEqualTo("CREATED");
        assertThat(world.accounts.passwordChosen).containsOnlyKeys("anna.admin@vardbolaget.example.se");
    }

    @Test
    void remembersTheIssuedSigningLinkSoItCanAnswerGoneOnceExpired() {
        world.approved();

        var output = OnboardingWorld.invoke(handler, "create-customer/approved-application.json");

        Agreement agreement = world.agreements.get(new AgreementId(output.path("agreementId").asText()));
        assertThat(signingLinks.agreementOfLink(agreement.signingLink().orElseThrow())).contains(agreement.id());
    }

    @Test
    void aRetryCreatesNothingTwice() {
        world.approved();
        var first = OnboardingWorld.invoke(handler, "create-customer/approved-application.json");

        var retry = OnboardingWorld.invoke(handler, "create-customer/approved-application.json");

        assertThat(retry.path("agreementId")).isEqualTo(first.path("agreementId"));
        assertThat(retry.path("administratorAccount").asText()).isEqualTo("ALREADY_EXISTED");
        assertThat(world.agreements.findByOrganisation(OnboardingWorld.details().number())).hasSize(1);
    }

    @Test
    void anApplicationThatIsNotApprovedIsANamedFailure() {
        world.submitted();

        assertThatThrownBy(() -> OnboardingWorld.invoke(handler, "create-customer/approved-application.json"))
                .isInstanceOf(CustomerCreationFailed.class);
    }

    @Test
    void refusesAZeroSigningPeriod() {
        assertThatThrownBy(() -> OnboardingWorld.invoke(handler, "create-customer/zero-validity.json"))
                .isInstanceOf(InvalidTaskInput.class);
    }
}
