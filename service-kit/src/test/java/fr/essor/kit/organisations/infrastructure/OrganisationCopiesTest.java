package fr.essor.kit.organisations.infrastructure;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.kit.consuming.UnreadableEventException;
import fr.essor.kit.organisations.application.OrganisationCopies;
import fr.essor.kit.organisations.application.OrganisationCopies.OrganisationFact;
import fr.essor.kit.organisations.application.OrganisationRegistry;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationForm;
import fr.essor.kit.reference.Communes;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One registration serves every service (ADR-0021): procurement's copy of what funding and foncier say of an
 * organisation, on a real (in-memory) MongoDB through the kit's own store.
 */
class OrganisationCopiesTest {

    static final String SIRET = "41816609600069";
    static final Instant T0 = Instant.parse("2026-11-02T09:00:00.123Z");
    static final String PENDING_EVENTS = "pendingEvents";
    static final Communes COMMUNES = OrganisationStores.COMMUNES;

    final OrganisationStores stores = new OrganisationStores();
    final MongoTemplate procurementDb = stores.database("procurement");
    final MongoOrganisations procurement = stores.of("procurement");
    final OrganisationCopies procurementCopies = new OrganisationCopies(procurement, COMMUNES, "/essor/procurement");

    @AfterEach
    void stopMongo() {
        stores.close();
    }

    @Test
    void anOrganisationRegisteredInFundingBecomesProcurementsCopyWithItsAuthorAndPublishesNothing() {
        Consumption outcome = procurementCopies.registered(event("funding", "registered"),
                fact(1, "Recyclerie du Canal", "93066", T0, "instructeur"));

        assertThat(outcome).isEqualTo(Consumption.APPLIED);
        Organisation copy = procurement.findByIdentifier(SIRET).orElseThrow();
        assertThat(copy.version()).isEqualTo(1);
        assertThat(copy.details().name()).isEqualTo("Recyclerie du Canal");
        assertThat(copy.details().commune().name()).isEqualTo("Saint-Denis");
        assertThat(copy.details().commune().territory().code()).isEqualTo("T6");
        assertThat(copy.registeredAt()).isEqualTo(T0);
        assertThat(copy.registeredBy()).isEqualTo("instructeur");
        assertThat(procurement.list(10)).extracting(Organisation::id).containsExactly(SIRET);
        Document stored = procurementDb.findById(SIRET, Document.class, MongoOrganisations.COLLECTION);
        assertThat(stored.getString("origin")).isEqualTo("/essor/funding");
        assertThat(stored.getList(PENDING_EVENTS, Document.class)).as("a copy publishes nothing").isNullOrEmpty();
    }

    @Test
    void aRedeliveredOrOlderFactChangesNothing() {
        OrganisationFact registered = fact(1, "Recyclerie du Canal", "93066", T0, "instructeur");
        procurementCopies.registered(event("funding", "registered"), registered);
        assertThat(procurementCopies.updated(event("funding", "updated"),
                fact(2, "Recyclerie du Canal et des Lilas", "93045", T0.plusSeconds(60), "dmta")))
                .isEqualTo(Consumption.APPLIED);

        assertThat(procurementCopies.registered(event("funding", "registered"), registered))
                .isEqualTo(Consumption.DUPLICATE);
        assertThat(procurementCopies.updated(event("funding", "updated"),
                fact(2, "Recyclerie du Canal et des Lilas", "93045", T0.plusSeconds(60), "dmta")))
                .isEqualTo(Consumption.DUPLICATE);

        Organisation copy = procurement.find(SIRET).orElseThrow();
        assertThat(copy.version()).isEqualTo(2);
        assertThat(copy.details().name()).isEqualTo("Recyclerie du Canal et des Lilas");
        assertThat(copy.details().commune().name()).isEqualTo("Les Lilas");
        assertThat(copy.updatedBy()).isEqualTo("dmta");
    }

    @Test
    void anUpdateReadBeforeTheRegistrationKeepsTheRegistrationsAuthorAndDate() {
        procurementCopies.updated(event("foncier", "updated"),
                fact(2, "Recyclerie du Canal", "93048", T0.plusSeconds(3600), "pole"));
        assertThat(procurementCopies.registered(event("funding", "registered"),
                fact(1, "Recycl. Canal", "93066", T0, "instructeur"))).isEqualTo(Consumption.DUPLICATE);

        Organisation copy = procurement.find(SIRET).orElseThrow();
        assertThat(copy.details().commune().name()).as("the later fact stays").isEqualTo("Montreuil");
        assertThat(copy.registeredAt()).isEqualTo(T0);
        assertThat(copy.registeredBy()).isEqualTo("instructeur");
        assertThat(copy.updatedBy()).isEqualTo("pole");
    }

    @Test
    void twoServicesChangingTheSameVersionAtOnceEndWithTheSameWinnerWhateverTheOrder() {
        // a third service's copy, reading the same two facts in the other order
        MongoOrganisations other = stores.of("other");
        OrganisationCopies otherCopies = new OrganisationCopies(other, COMMUNES, "/essor/other");
        OrganisationFact registered = fact(1, "Recyclerie du Canal", "93066", T0, "instructeur");
        OrganisationFact byFoncier = fact(2, "Recyclerie (foncier)", "93048", T0.plusSeconds(5), "pole");
        OrganisationFact byFundingLater = fact(2, "Recyclerie (plus tard)", "93045", T0.plusSeconds(9), "dmta");

        procurementCopies.registered(event("funding", "registered"), registered);
        procurementCopies.updated(event("foncier", "updated"), byFoncier);
        procurementCopies.updated(event("funding", "updated"), byFundingLater);
        otherCopies.updated(event("funding", "updated"), byFundingLater);
        otherCopies.updated(event("foncier", "updated"), byFoncier);

        assertThat(procurement.find(SIRET).orElseThrow().details().name()).isEqualTo("Recyclerie (plus tard)");
        assertThat(other.find(SIRET).orElseThrow().details().name()).isEqualTo("Recyclerie (plus tard)");

        // the same version at the same instant: the source sorting last wins, in both orders
        OrganisationFact atOnceA = fact(3, "A", "93066", T0.plusSeconds(20), "a");
        OrganisationFact atOnceB = fact(3, "B", "93066", T0.plusSeconds(20), "b");
        procurementCopies.updated(event("alpha", "updated"), atOnceA);
        procurementCopies.updated(event("beta", "updated"), atOnceB);
        otherCopies.updated(event("beta", "updated"), atOnceB);
        otherCopies.updated(event("alpha", "updated"), atOnceA);
        assertThat(procurement.find(SIRET).orElseThrow().details().name()).isEqualTo("B");
        assertThat(other.find(SIRET).orElseThrow().details().name()).isEqualTo("B");
    }

    @Test
    void aChangeMadeHereContinuesTheSharedVersionAndPublishesIt() {
        procurementCopies.updated(event("funding", "updated"),
                fact(4, "Recyclerie du Canal", "93066", T0, "dmta"));
        OrganisationRegistry registry = new OrganisationRegistry(procurement, COMMUNES,
                Clock.fixed(T0.plusSeconds(600), ZoneOffset.UTC));

        var changed = registry.change(SIRET, new OrganisationForm(SIRET, null, "Recyclerie du Canal (SIAE)",
                "ASSOCIATION", true, "ACI", "93066"), "achats");

        assertThat(changed).isInstanceOf(OrganisationRegistry.Done.class);
        assertThat(procurement.find(SIRET).orElseThrow().version()).isEqualTo(5);
        Document stored = procurementDb.findById(SIRET, Document.class, MongoOrganisations.COLLECTION);
        assertThat(stored.getString("origin")).isEqualTo("/essor/procurement");
        assertThat(stored.getList(PENDING_EVENTS, Document.class)).singleElement()
                .satisfies(e -> assertThat(e.getString("type"))
                        .isEqualTo("fr.essor.procurement.organisation-updated.v1"));

        assertThat(registry.register(new OrganisationForm(SIRET, null, "Doublon", "ASSOCIATION", false, null,
                "93066"), "achats")).as("registered once").isInstanceOf(OrganisationRegistry.AlreadyKnown.class);
    }

    @Test
    void itsOwnFactsAreIgnoredAndItFollowsOnlyTheOrganisationFactsOfTheOtherServices() {
        OrganisationFact fact = fact(1, "Recyclerie du Canal", "93066", T0, "achats");
        assertThat(procurementCopies.registered(new IncomingEvent(UUID.randomUUID().toString(),
                "fr.essor.procurement.organisation-registered.v1", "/essor/procurement", SIRET, T0), fact))
                .isEqualTo(Consumption.IGNORED);
        assertThat(procurementCopies.routes(List.of("funding", "foncier")).types()).containsExactly(
                "fr.essor.funding.organisation-registered.v1", "fr.essor.funding.organisation-updated.v1",
                "fr.essor.foncier.organisation-registered.v1", "fr.essor.foncier.organisation-updated.v1");
        assertThat(procurement.find(SIRET)).isEmpty();
    }

    @Test
    void aFactThatCannotBeAnOrganisationIsUnreadableAndStoresNothing() {
        assertThatThrownBy(() -> procurementCopies.registered(event("funding", "registered"),
                fact(1, "Hors département", "75056", T0, "instructeur")))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("75056");
        assertThatThrownBy(() -> procurementCopies.registered(event("funding", "registered"),
                new OrganisationFact(SIRET, 1, "41816609600068", null, "Clé fausse", "ASSOCIATION", false, null,
                        "93066", T0.toString(), "instructeur")))
                .isInstanceOf(UnreadableEventException.class);
        assertThat(procurement.find(SIRET)).isEmpty();
    }

    private static IncomingEvent event(String service, String fact) {
        return new IncomingEvent(UUID.randomUUID().toString(), "fr.essor." + service + ".organisation-" + fact + ".v1",
                "/essor/" + service, SIRET, T0);
    }

    private static OrganisationFact fact(long version, String name, String communeInsee, Instant at, String by) {
        return new OrganisationFact(SIRET, version, SIRET, null, name, "ASSOCIATION", false, null, communeInsee,
                at.toString(), by);
    }
}
