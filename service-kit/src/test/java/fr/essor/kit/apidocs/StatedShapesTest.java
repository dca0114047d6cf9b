package fr.essor.kit.apidocs;

import org.junit.jupiter.api.Test;

import fr.essor.kit.domain.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class StatedShapesTest {

    enum Colour { RED, GREEN }

    record Body(@Bounds.Pattern("\\d{14}") String siret, @Bounds.Reference(Bounds.Codes.TERRITORY) String territory,
                @Bounds.Reference(Bounds.Codes.COMMUNE) String commune, @Bounds.OneOf(Colour.class) String colour,
                @Bounds.Text(10) String name) {
    }

    @Test
    void aBodyInItsStatedShapesPasses() {
        assertThat(StatedShapes.violations(new Body("73282932000074", "T8", "93059", "RED", "anything at all")))
                .isEmpty();
        assertThat(StatedShapes.violations(new Body(null, null, null, null, null))).as("absent: the domain's")
                .isEmpty();
    }

    @Test
    void aValueALenientDomainWouldTakeOnceTidiedIsRefusedHereUnderItsField() {
        assertThat(StatedShapes.violations(new Body("732 829 320 00074", " t8", "93066 ", "red", null)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("siret", "siret.format"),
                        org.assertj.core.groups.Tuple.tuple("territory", "territory.unknown"),
                        org.assertj.core.groups.Tuple.tuple("commune", "commune.unknown"),
                        org.assertj.core.groups.Tuple.tuple("colour", "colour.unknown"));
    }

    @Test
    void aValueNoTidyingBringsToItsShapeIsLeftToTheDomainWithTheBodysOtherViolations() {
        assertThat(StatedShapes.violations(new Body("7328", "T2", "75056", "BLUE", null))).isEmpty();
    }
}
