package fr.essor.kit.organisations.infrastructure;

import fr.essor.kit.organisations.application.OrganisationSearch;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationDetails;
import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.kit.organisations.domain.Rna;
import fr.essor.kit.organisations.domain.Siret;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding the structure a person means, on a real (in-memory) MongoDB through the kit's store. */
class OrganisationSearchTest {

    static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    final OrganisationStores stores = new OrganisationStores();
    final MongoOrganisations organisations = stores.of("funding");
    final OrganisationSearch search = new OrganisationSearch(organisations);

    @AfterEach
    void stopMongo() {
        stores.close();
    }

    @Test
    void aSiretTypedWithSpacesFindsTheStructureEverywhereItIsLookedUp() {
        add("41816609600069", null, "Régie de quartier de Saint-Denis");

        assertThat(organisations.findByIdentifier("418 166 096 00069")).map(Organisation::id)
                .contains("41816609600069");
        assertThat(found("418 166 096 00069")).isEqualTo("41816609600069");
        assertThat(organisations.findByIdentifier("Régie")).as("a name is not an identifier").isEmpty();
    }

    @Test
    void aSirenFindsItsOnlyEstablishmentAndOffersTheChoiceWhenThereAreSeveral() {
        add("41816609600069", null, "Régie de quartier de Saint-Denis");
        assertThat(found("418 166 096")).isEqualTo("41816609600069");

        add("41816609600051", null, "Régie de quartier de Saint-Denis — atelier");
        OrganisationSearch.Result several = search.find("418166096");
        assertThat(several).isInstanceOf(OrganisationSearch.Several.class);
        assertThat(((OrganisationSearch.Several) several).message("418166096"))
                .contains("Plusieurs structures correspondent à « 418166096 »", "SIRET 418 166 096 00069",
                        "SIRET 418 166 096 00051", "Saint-Denis");
    }

    @Test
    void anRnaIsFoundInEitherCase() {
        add(null, "W931004567", "Association Montreuil Réemploi Solidaire");

        assertThat(found("w931004567")).isEqualTo("W931004567");
        assertThat(organisations.findByIdentifier("w931004567")).map(Organisation::id).contains("W931004567");
    }

    @Test
    void aPartOfTheNameFindsItWhateverItsAccentsAndCase() {
        add("41816609600069", null, "Régie de quartier de Saint-Denis");
        add(null, "W931004567", "Association Montreuil Réemploi Solidaire");

        assertThat(found("REGIE de quart")).isEqualTo("41816609600069");
        assertThat(found("réemploi")).isEqualTo("W931004567");
        assertThat(found("regie saint denis")).as("words apart, as people remember a name").isEqualTo("41816609600069");
        assertThat(found("solidaire montreuil")).as("in any order").isEqualTo("W931004567");
        assertThat(search.find("regie montreuil")).as("every word must be in the name")
                .isInstanceOf(OrganisationSearch.NoneFound.class);
        assertThat(search.find("boulangerie")).isInstanceOf(OrganisationSearch.NoneFound.class);
        assertThat(search.find("de")).as("too short to search").isInstanceOf(OrganisationSearch.NoneFound.class);
        assertThat(search.find("")).isInstanceOf(OrganisationSearch.NoneFound.class);
    }

    @Test
    void manyMatchesOfferTheFirstEightInNameOrderAndSayThereAreMore() {
        for (int i = 0; i < 10; i++) {
            add(null, "W93100456" + i, "Jardin partagé n° " + i);
        }

        OrganisationSearch.Several several = (OrganisationSearch.Several) search.find("jardin partage");
        assertThat(several.candidates()).hasSize(OrganisationSearch.CANDIDATES);
        assertThat(several.candidates().getFirst().details().name()).isEqualTo("Jardin partagé n° 0");
        assertThat(several.more()).isTrue();
        assertThat(several.message("jardin partagé")).endsWith("et d'autres. Indiquez le SIRET ou le RNA de la bonne.");
    }

    @Test
    void organisationsStoredBeforeNameSearchesAreKeyedAtStartUp() {
        add("41816609600069", null, "Régie de quartier de Saint-Denis");
        MongoTemplate funding = stores.database("funding");
        funding.updateFirst(Query.query(Criteria.where("_id").is("41816609600069")), new Update().unset("nameKey"),
                MongoOrganisations.COLLECTION);
        assertThat(search.find("regie")).isInstanceOf(OrganisationSearch.NoneFound.class);

        assertThat(organisations.keyNames()).isEqualTo(1);

        assertThat(found("régie")).isEqualTo("41816609600069");
        assertThat(organisations.keyNames()).isZero();
        assertThat(funding.findById("41816609600069", Document.class, MongoOrganisations.COLLECTION)
                .getString("nameKey")).isEqualTo("regie de quartier de saint denis");
    }

    private String found(String typed) {
        OrganisationSearch.Result result = search.find(typed);
        assertThat(result).as("search %s", typed).isInstanceOf(OrganisationSearch.Found.class);
        return ((OrganisationSearch.Found) result).organisation().id();
    }

    private void add(String siret, String rna, String name) {
        OrganisationDetails details = new OrganisationDetails(siret == null ? null : new Siret(siret),
                rna == null ? null : new Rna(rna), name, LegalForm.ASSOCIATION, true, null,
                OrganisationStores.COMMUNES.find("93066").orElseThrow());
        Organisation.Registration registration = Organisation.register(details, "dmta", AT);
        organisations.add(registration.organisation(), registration.event());
    }
}
