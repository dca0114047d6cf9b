package fr.essor.kit.testing;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

class BadInputSweepTest {

    @Test
    void aValueOffAStatedPatternIsAShortTextThePatternRefuses() {
        String siret = BadInputSweep.notMatching("^(?:\\d{14})$",
                JsonNodeFactory.instance.stringNode("73282932000074"));
        assertThat(siret).isNotBlank().doesNotMatch("\\d{14}");
        assertThat(BadInputSweep.notMatching("^(?:[a-z]+)$", null)).isNotBlank().doesNotMatch("[a-z]+");
        assertThat(BadInputSweep.notMatching("^(?:[A-Za-z0-9_-]{1,16})$", null)).isNotBlank()
                .doesNotMatch("[A-Za-z0-9_-]{1,16}");
    }

    @Test
    void aValueOutsideAStatedEnumIsNoneOfItsValues() {
        var values = JsonMapper.builder().build().readTree("[\"T6\", \"NOT_ONE_OF_THEM\", null]");
        assertThat(BadInputSweep.outside(values)).isNotIn("T6", "NOT_ONE_OF_THEM", "");
    }
}
