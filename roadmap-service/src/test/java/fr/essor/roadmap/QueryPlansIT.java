package fr.essor.roadmap;

import fr.essor.kit.ept.FeedWindow;
import fr.essor.kit.ept.MongoFeedQueries;
import fr.essor.kit.indexes.DeclaredIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.QueryPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import static fr.essor.kit.testing.QueryPlans.assertServedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The indexes of roadmap's queries (ADR-0025): all declared ones are in the store; on a real MongoDB
 * ({@code -Pcontainers}) the directory's search, look-up and EPT feed, the dealings and the contributions are answered
 * by an index scan. The queries are written as the repositories write them.
 */
@EssorIntegrationTest
class QueryPlansIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    DeclaredIndexes declared;

    @Test
    void everyDeclaredIndexIsInTheStore() {
        QueryPlans.assertAllDeclaredIndexesExist(mongo, declared);
        assertThat(declared.created()).extracting(QueryIndex::name).contains("directory_siret", "directory_rna",
                "directory_territory_name", "directory_name", "directory_territory_feed",
                "directory_dealings_organisation", "indicator_contributions_indicator",
                "indicator_contributions_recorded", "dead_letters_status");
    }

    @Test
    void theDirectoryAndTheContributionsAreAnsweredByTheirIndexesOnMongoDb() {
        assumeTrue(QueryPlans.onRealMongoDb(), "explain() needs a real MongoDB (-Pcontainers)");

        assertServedBy(mongo, "directory", Query.query(new Criteria().andOperator(
                        Criteria.where("territoryCode").is("T8"))).with(Sort.by("name")).limit(100),
                "directory_territory_name");
        assertServedBy(mongo, "directory", Query.query(new Criteria().andOperator(
                        Criteria.where("communeInsee").is("93010"))).with(Sort.by("name")).limit(100),
                "directory_commune_name");
        assertServedBy(mongo, "directory", Query.query(new Criteria()).with(Sort.by("name")).limit(100),
                "directory_name");
        assertServedBy(mongo, "directory", Query.query(Criteria.where("siret").is("12345678900011")),
                "directory_siret");
        assertServedBy(mongo, "directory", Query.query(Criteria.where("rna").is("W931000001")), "directory_rna");
        assertServedBy(mongo, "directory_dealings", Query.query(Criteria.where("organisationId")
                .in(List.of("ORG-1", "ORG-2"))), "directory_dealings_organisation");
        assertServedBy(mongo, "indicator_contributions", Query.query(Criteria.where("indicatorId").is("IND-1")),
                "indicator_contributions_indicator");
        Date from = new Date();
        assertServedBy(mongo, "indicator_contributions", Query.query(new Criteria().orOperator(
                Criteria.where("recordedAt").gte(from), new Criteria().andOperator(Criteria.where("recordedAt").is(null),
                        Criteria.where("occurredAt").gte(from)))).limit(1), "indicator_contributions_recorded");
    }

    @Test
    void theDirectoryFeedIsAnsweredByItsIndexOnMongoDb() {
        assumeTrue(QueryPlans.onRealMongoDb(), "explain() needs a real MongoDB (-Pcontainers)");

        assertServedBy(mongo, "directory", MongoFeedQueries.page(Criteria.where("territoryCode").is("T8"),
                "changedHereAt", new FeedWindow(null, Instant.parse("2026-12-01T00:00:00Z"), 100)),
                "directory_territory_feed");
    }
}
