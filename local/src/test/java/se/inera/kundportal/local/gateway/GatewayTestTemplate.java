package se.inera.kundportal.local.gateway;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

import se.inera.kundportal.standins.SamTemplate;

/** The gateway tests' SAM template (test resources gateway/template.yaml) and the values a runtime would supply. */
final class GatewayTestTemplate {
    static final String CLIENT_ID = "client-1";
    static final TemplateValues VALUES = TemplateValues.of(Map.of(
            "Table", "kundportal-test",
            "Stage", "test",
            "UserPoolClient", CLIENT_ID,
            "AllowedOrigins", "http://localhost:5173, https://portal.example",
            "Workflow.Arn", "arn:aws:states:eu-north-1:123456789012:stateMachine:workflow",
            "AWS::Region", "eu-north-1",
            "AWS::AccountId", "123456789012"));

    private GatewayTestTemplate() {
    }

    static SamTemplate load() {
        try {
            return SamTemplate.load(Path.of(GatewayTestTemplate.class.getResource("/gateway/template.yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpApiDefinition api(String issuer) {
        return HttpApiDefinition.fromTemplate(load(), "HttpApi", VALUES)
                .withAuthorizer("CognitoJwt", jwt -> jwt.withIssuer(issuer));
    }
}
