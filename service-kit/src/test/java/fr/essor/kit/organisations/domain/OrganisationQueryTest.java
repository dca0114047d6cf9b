package fr.essor.kit.organisations.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationQueryTest {

    @Test
    void aSiretOrASirenIsReadWithAnySpacing() {
        assertThat(OrganisationQuery.of("418 166 096 00069")).isEqualTo(new OrganisationQuery.BySiret("41816609600069"));
        assertThat(OrganisationQuery.of(" 41816609600069 ")).isEqualTo(new OrganisationQuery.BySiret("41816609600069"));
        assertThat(OrganisationQuery.of("418\u202F166\u202F096\u00A000069"))
                .isEqualTo(new OrganisationQuery.BySiret("41816609600069"));
        assertThat(OrganisationQuery.of("418 166 096")).isEqualTo(new OrganisationQuery.BySiren("418166096"));
        assertThat(OrganisationQuery.of("418.166.096")).isEqualTo(new OrganisationQuery.BySiren("418166096"));
    }

    @Test
    void anRnaIsReadInEitherCase() {
        assertThat(OrganisationQuery.of("w931004567")).isEqualTo(new OrganisationQuery.ByRna("W931004567"));
        assertThat(OrganisationQuery.of("W 931 004 567")).isEqualTo(new OrganisationQuery.ByRna("W931004567"));
    }

    @Test
    void anythingElseIsAPartOfTheNameWithoutAccentsCaseOrPunctuation() {
        assertThat(OrganisationQuery.of("Régie de QUARTIER")).isEqualTo(new OrganisationQuery.ByName("regie de quartier"));
        assertThat(OrganisationQuery.of("l'Œuvre")).isEqualTo(new OrganisationQuery.ByName("l oeuvre"));
        assertThat(OrganisationQuery.of("4181")).as("too few digits for a SIREN: a name part")
                .isEqualTo(new OrganisationQuery.ByName("4181"));
    }

    @Test
    void blankOrTooShortIsNothingToSearch() {
        assertThat(OrganisationQuery.of(null)).isEqualTo(new OrganisationQuery.Nothing());
        assertThat(OrganisationQuery.of("  ")).isEqualTo(new OrganisationQuery.Nothing());
        assertThat(OrganisationQuery.of("Là")).isEqualTo(new OrganisationQuery.Nothing());
    }

    @Test
    void theNameKeySpellsOutLigaturesAndDropsAccents() {
        assertThat(OrganisationQuery.nameKey("Régie de quartier — L'Œuvre Ça"))
                .isEqualTo("regie de quartier l oeuvre ca");
    }
}
