package fr.essor.kit.organisations.domain;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.reference.Communes;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationTest {

    static final Communes COMMUNES = Communes.fromClasspath();
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aValidFormGivesDetailsWithTheCommunesTerritory() {
        OrganisationForm.Checked checked = new OrganisationForm("73282932000074", null, "La Fabrique",
                "ess company", false, "ei", "93048").check(COMMUNES);
        OrganisationDetails details = ((OrganisationForm.Valid) checked).details();
        assertThat(details.commune().territory().code()).isEqualTo("T8");
        assertThat(details.legalForm()).isEqualTo(LegalForm.ESS_COMPANY);
        assertThat(details.inclusionType()).isEqualTo(InclusionType.EI);
        assertThat(details.organisationId()).isEqualTo("73282932000074");
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        OrganisationForm.Checked checked = new OrganisationForm("73282932000075", "X1", " ", "sarl", null, "XYZ",
                "75056").check(COMMUNES);
        assertThat(((OrganisationForm.Invalid) checked).violations()).extracting(Violation::code)
                .containsExactlyInAnyOrder("siret.checksum", "rna.format", "name.required", "legalForm.unknown",
                        "esus.required", "inclusionType.unknown", "communeInsee.unknown");
    }

    @Test
    void anOrganisationNeedsASiretOrAnRna() {
        OrganisationForm.Checked checked = new OrganisationForm(null, "", "Sans identifiant", "association", false,
                null, "93066").check(COMMUNES);
        assertThat(((OrganisationForm.Invalid) checked).violations()).extracting(Violation::code)
                .containsExactly("identifier.required");
    }

    @Test
    void registeringProducesTheFirstVersionAndItsFact() {
        Organisation.Registration registration = Organisation.register(details(new Siret("73282932000074"), null,
                "93066"), "sens", NOW);
        assertThat(registration.organisation().version()).isEqualTo(1);
        assertThat(registration.event().version()).isEqualTo(1);
        assertThat(registration.event().recordedBy()).isEqualTo("sens");
        assertThat(registration.event().occurredAt()).isEqualTo(NOW);
        assertThat(registration.event().organisationId()).isEqualTo("73282932000074");
    }

    @Test
    void aChangeRaisesTheVersionAndSaysWhoAndWhen() {
        Organisation organisation = Organisation.register(details(null, new Rna("W931234567"), "93066"), "sens", NOW)
                .organisation();
        OrganisationDetails moved = details(new Siret("73282932000074"), new Rna("W931234567"), "93010");

        var changed = (Organisation.Changed) organisation.change(moved, "dmta", NOW.plusSeconds(60));

        assertThat(changed.change().organisation().version()).isEqualTo(2);
        assertThat(changed.change().organisation().id()).as("the id stays the RNA").isEqualTo("W931234567");
        assertThat(changed.change().organisation().updatedBy()).isEqualTo("dmta");
        assertThat(changed.change().organisation().registeredBy()).isEqualTo("sens");
        assertThat(changed.change().event()).hasValueSatisfying(event -> {
            assertThat(event.version()).isEqualTo(2);
            assertThat(event.details().commune().name()).isEqualTo("Bondy");
        });
    }

    @Test
    void aChangeThatChangesNothingProducesNoFact() {
        OrganisationDetails details = details(new Siret("73282932000074"), null, "93066");
        Organisation organisation = Organisation.register(details, "sens", NOW).organisation();
        var unchanged = (Organisation.Changed) organisation.change(details, "sens", NOW.plusSeconds(5));
        assertThat(unchanged.change().event()).isEmpty();
        assertThat(unchanged.change().organisation().version()).isEqualTo(1);
    }

    @Test
    void theSiretOfARegisteredOrganisationCannotChange() {
        Organisation organisation = Organisation.register(details(new Siret("73282932000074"), null, "93066"),
                "sens", NOW).organisation();
        var refused = (Organisation.Refused) organisation.change(details(new Siret("84129031700012"), null, "93066"),
                "sens", NOW);
        assertThat(refused.violations()).extracting(Violation::code).containsExactly("siret.immutable");
    }

    private static OrganisationDetails details(Siret siret, Rna rna, String commune) {
        return new OrganisationDetails(siret, rna, "La Fabrique", LegalForm.ASSOCIATION, false, null,
                COMMUNES.find(commune).orElseThrow());
    }
}
