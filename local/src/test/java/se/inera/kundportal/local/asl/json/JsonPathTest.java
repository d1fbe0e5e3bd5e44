package se.inera.kundportal.local.asl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonPathTest {
    private static final String DATA = """
            {"users": [{"name": "Ada", "status": 0, "tags": ["a"]}, {"name": "Bo", "status": 1},
                       {"name": "Cy", "status": 0}], "meta": {"owner": {"name": "Ed"}}, "odd key": 5}
            """;

    private static String read(String path) {
        return JsonPath.compile(path).read(Json.parse(DATA)).map(Json::write).orElse("<none>");
    }

    @Test
    void definitePathsSelectOneValueOrNothing() {
        assertThat(read("$.meta.owner.name")).isEqualTo("\"Ed\"");
        assertThat(read("$['odd key']")).isEqualTo("5");
        assertThat(read("$.users[1].name")).isEqualTo("\"Bo\"");
        assertThat(read("$.users[-1].name")).isEqualTo("\"Cy\"");
        assertThat(read("$.users[7]")).isEqualTo("<none>");
        assertThat(JsonPath.compile("$.users[0].name").bracketNotation()).isEqualTo("$['users'][0]['name']");
    }

    @Test
    void indefinitePathsAlwaysYieldAnArray() {
        assertThat(read("$.users[*].name")).isEqualTo("[\"Ada\",\"Bo\",\"Cy\"]");
        assertThat(read("$.users[?(@.status == 0)].name")).isEqualTo("[\"Ada\",\"Cy\"]");
        assertThat(read("$.users[0:2].status")).isEqualTo("[0,1]");
        assertThat(read("$..name")).isEqualTo("[\"Ada\",\"Bo\",\"Cy\",\"Ed\"]");
        assertThat(read("$.users[?(@.tags)].name")).isEqualTo("[\"Ada\"]");
        assertThat(read("$.users[?(@.name != 'Bo' && @.status < 1)].name")).isEqualTo("[\"Ada\",\"Cy\"]");
    }

    @Test
    void placingAResultCreatesMissingObjectsAndLeavesTheInputUntouched() {
        var input = Json.parse("{\"a\": 1}");

        var placed = JsonPath.compile("$.b.c").placeInto(input, Json.parse("true"));

        assertThat(Json.write(placed)).isEqualTo("{\"a\":1,\"b\":{\"c\":true}}");
        assertThat(Json.write(input)).isEqualTo("{\"a\":1}");
        assertThatThrownBy(() -> JsonPath.compile("$.a.b").placeInto(input, Json.parse("1")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rootsNameTheDataTheContextOrAVariable() {
        assertThat(JsonPath.compile("$$.Execution.Id").isContextPath()).isTrue();
        assertThat(JsonPath.compile("$order.id").root()).isEqualTo("order");
        assertThat(JsonPath.compile("$.x").isVariablePath()).isFalse();
        assertThatThrownBy(() -> JsonPath.compile("users")).isInstanceOf(IllegalArgumentException.class);
    }
}
