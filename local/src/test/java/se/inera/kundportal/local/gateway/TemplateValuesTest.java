package se.inera.kundportal.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TemplateValuesTest {
    private final TemplateValues values = TemplateValues.of(Map.of("UserPool", "eu-north-1_abc", "AWS::Region", "eu-north-1",
            "Table.Arn", "arn:table", "Origins", "http://a, http://b"));

    @Test
    void resolvesRefGetAttAndSub() {
        assertThat(values.text(Map.of("Ref", "UserPool"))).hasValue("eu-north-1_abc");
        assertThat(values.text(Map.of("Fn::GetAtt", "Table.Arn"))).hasValue("arn:table");
        assertThat(values.text(Map.of("Fn::GetAtt", List.of("Table", "Arn")))).hasValue("arn:table");
        assertThat(values.text(Map.of("Fn::Sub", "https://cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}")))
                .hasValue("https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_abc");
        assertThat(values.text(Map.of("Fn::Sub", List.of("${Name}-x", Map.of("Name", "local"))))).hasValue("local-x");
    }

    @Test
    void leavesUnknownReferencesUnresolved() {
        assertThat(values.text(Map.of("Ref", "Missing"))).isEmpty();
        assertThat(values.text(Map.of("Fn::Sub", "${Missing}/x"))).isEmpty();
        assertThat(values.text(Map.of("Fn::If", List.of("C", "a", "b")))).isEmpty();
    }

    @Test
    void splitsACommaDelimitedListParameter() {
        assertThat(values.list(Map.of("Ref", "Origins"))).isEqualTo(Optional.of(List.of("http://a", "http://b")));
        assertThat(values.list(List.of("x", Map.of("Ref", "UserPool")))).hasValue(List.of("x", "eu-north-1_abc"));
    }
}
