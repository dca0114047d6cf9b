package fr.essor.foncier.hub.domain;

import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BuildingTest {

    private static final Instant NOW = Instant.parse("2026-03-04T09:00:00Z");
    private static final Building PLACEHOLDER = Building.referenceCatalogue().get(3);

    @Test
    void describingAPlaceholderMakesItARealBuildingAndKeepsWhoAndWhen() {
        Building.Edited edited = (Building.Edited) PLACEHOLDER.edit("La Serre", 820, 2, "Rampe d'accès, ascenseur",
                "Ancien laboratoire", "pole", NOW);

        Building serre = edited.building();
        assertThat(edited.changed()).isTrue();
        assertThat(serre.placeholder()).isFalse();
        assertThat(serre.code()).isEqualTo("B04");
        assertThat(serre.surface()).isEqualTo(820);
        assertThat(serre.version()).isEqualTo(2);
        assertThat(serre.history()).singleElement().satisfies(change -> {
            assertThat(change.by()).isEqualTo("pole");
            assertThat(change.at()).isEqualTo(NOW);
            assertThat(change.what()).contains("nom « La Serre »", "surface 820 m²", "2 niveaux", "accessibilité",
                    "notes");
        });
        assertThat(((Building.Edited) serre.edit("La Serre", 820, 2, "Rampe d'accès, ascenseur",
                "Ancien laboratoire", "pole", NOW)).changed()).as("the same description writes nothing").isFalse();
    }

    @Test
    void aBuildingHasANameASurfaceWithinTheHubAndAtLeastOneLevel() {
        Building.Outcome refused = PLACEHOLDER.edit(" ", 0, 0, null, null, "pole", NOW);

        assertThat(refused).isInstanceOfSatisfying(Building.Refused.class, r -> assertThat(r.refusals())
                .extracting(Violation::code).containsExactly("name.required", "surface.range", "floors.range"));
        assertThat(PLACEHOLDER.edit("B", 10_001, 21, null, null, "pole", NOW))
                .isInstanceOfSatisfying(Building.Refused.class, r -> assertThat(r.refusals())
                        .extracting(Violation::code).containsExactly("surface.range", "floors.range"));
        assertThat(PLACEHOLDER.edit("x".repeat(100_000), 820, 2, null, null, "pole", NOW))
                .as("a name too long is not a missing one")
                .isInstanceOfSatisfying(Building.Refused.class, r -> assertThat(r.refusals())
                        .extracting(Violation::code).containsExactly("name.too-long"));
    }
}
