package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.inera.kundportal.local.gateway.FunctionDefinition;
import se.inera.kundportal.standins.SamTemplate;

class LocalTemplateTest {
    private static final LocalAccount ACCOUNT = new LocalAccount("eu-north-1", "123456789012", "kundportal-local");
    private static final LocalTemplate LOCAL = LocalTemplate.resolve(SamTemplate.ofProject(), ACCOUNT,
            Map.of("Table", "kundportal", "UserPool", "local_pool", "UserPoolClient", "client"),
            Map.of("PortalBaseUrl", "http://localhost:3000", "SenderEmail", "kundportal@inera.local",
                    "AllowedOrigins", "http://localhost:3000", "BankIdBaseUrl", "http://127.0.0.1:4000/rp/v6.0"));

    @Test
    void everyStateMachineDefinitionIsValidJsonWithTheLocalFunctionArns() throws Exception {
        Map<String, String> definitions = LOCAL.stateMachineDefinitions();

        assertThat(definitions).containsKey("OnboardingStateMachine");
        String onboarding = definitions.get("OnboardingStateMachine");
        assertThat(onboarding).doesNotContain("${")
                .contains("arn:aws:lambda:eu-north-1:123456789012:function:RecordApplicationFunction:live");
        JsonNode parsed = new ObjectMapper().readTree(onboarding);
        assertThat(parsed.path("States").size()).isGreaterThan(1);
    }

    @Test
    void eachFunctionGetsItsOwnVariablesResolvedToTheLocalTableMachinePortalSenderAndSimulator() {
        List<String> unresolved = new ArrayList<>();

        Map<String, FunctionDefinition> functions = LOCAL.functions(unresolved);

        assertThat(unresolved).isEmpty();
        assertThat(functions.get("SubmitApplicationFunction").environment())
                .containsEntry("TABLE_NAME", "kundportal")
                .containsEntry("ONBOARDING_STATE_MACHINE_ARN",
                        "arn:aws:states:eu-north-1:123456789012:stateMachine:OnboardingStateMachine")
                .containsEntry("PORTAL_BASE_URL", "http://localhost:3000")
                .containsEntry("SENDER_EMAIL", "kundportal@inera.local")
                .doesNotContainKeys("USER_POOL_ID", "BANKID_BASE_URL");
        assertThat(functions.get("RegisterExistingCustomerFunction").environment())
                .containsEntry("USER_POOL_ID", "local_pool");
        assertThat(functions.get("StartBankIdSigningFunction").environment())
                .containsEntry("BANKID_BASE_URL", "http://127.0.0.1:4000/rp/v6.0");
        assertThat(functions.get("ViewSigningPageFunction").environment())
                .containsEntry("TABLE_NAME", "kundportal")
                .doesNotContainKeys("BANKID_BASE_URL", "ONBOARDING_STATE_MACHINE_ARN");
    }

    @Test
    void everyFunctionOfTheTemplateHasItsHandler() {
        List<String> unresolved = new ArrayList<>();

        Map<String, FunctionDefinition> functions = LOCAL.functions(unresolved);

        assertThat(unresolved).isEmpty();
        assertThat(functions.get("SubmitApplicationFunction").handler())
                .isEqualTo("se.inera.kundportal.functions.application.SubmitApplicationHandler::handleRequest");
        assertThat(functions).allSatisfy((id, function) ->
                assertThat(function.handler()).startsWith("se.inera.kundportal.functions."));
    }
}
