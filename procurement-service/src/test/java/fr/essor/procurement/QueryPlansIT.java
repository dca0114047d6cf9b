package fr.essor.procurement;

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
 * The indexes of procurement's queries (ADR-0025): all declared ones are in the store; on a real MongoDB
 * ({@code -Pcontainers}) the contracts' search, their EPT feed, the sourcing lists, the plan and the webhooks' due
 * deliveries are answered by an index scan. The queries are written as the repositories write them.
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
        assertThat(declared.created()).extracting(QueryIndex::name).contains("contracts_status_updated",
                "contracts_holder", "sourcing_needs_territory_feed", "sourcing_meetings_need_feed",
                "planned_purchases_directorate", "supplier_facts_organisation", "organisations_siret",
                "outbox_pending", "webhook_deliveries_due", "webhook_subscriptions_territory");
    }

    @Test
    void theMainListsAreAnsweredByTheirIndexesOnMongoDb() {
        assumeTrue(QueryPlans.onRealMongoDb(), "explain() needs a real MongoDB (-Pcontainers)");

        assertServedBy(mongo, "contracts", Query.query(new Criteria().andOperator(
                        Criteria.where("status").is("AWARDED"))).with(Sort.by(Sort.Direction.DESC, "updatedAt"))
                .limit(100), "contracts_status_updated", "contracts_updated");
        assertServedBy(mongo, "contracts", Query.query(new Criteria().andOperator(
                        Criteria.where("reservation").is("L2113_12"))).with(Sort.by(Sort.Direction.DESC,
                        "updatedAt")).limit(100), "contracts_reservation_updated", "contracts_updated");
        assertServedBy(mongo, "contracts", new Query().with(Sort.by(Sort.Direction.DESC, "updatedAt")).limit(100),
                "contracts_updated");
        assertServedBy(mongo, "contracts", Query.query(Criteria.where("holderSirets").is("12345678900011")),
                "contracts_holder");
        assertServedBy(mongo, "sourcing-needs", Query.query(Criteria.where("status").is("OPEN"))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")), "sourcing_needs_status_created");
        assertServedBy(mongo, "planned-purchases", Query.query(Criteria.where("buyerDirectorate").is("DEB"))
                .with(Sort.by("expectedOn", "_id")), "planned_purchases_directorate");
        assertServedBy(mongo, "supplier_facts", Query.query(Criteria.where("organisationId").is("ORG-1")),
                "supplier_facts_organisation");

        Date now = new Date();
        assertServedBy(mongo, "webhook_deliveries", Query.query(new Criteria().andOperator(
                Criteria.where("status").is("PENDING"), Criteria.where("nextAttemptAt").lte(now),
                new Criteria().orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(now))))
                .with(Sort.by("nextAttemptAt")).limit(20), "webhook_deliveries_due");
    }

    @Test
    void theEptFeedsAreAnsweredByTheirIndexesOnMongoDb() {
        assumeTrue(QueryPlans.onRealMongoDb(), "explain() needs a real MongoDB (-Pcontainers)");
        FeedWindow window = new FeedWindow(null, Instant.parse("2026-12-01T00:00:00Z"), 100);

        assertServedBy(mongo, "contracts", MongoFeedQueries.page(Criteria.where("status").is("AWARDED").orOperator(
                Criteria.where("executionCommune").in(List.of("93010", "93048")),
                Criteria.where("executionCommune").is(null)), "updatedAt", window), "contracts_status_updated",
                "contracts_status_id");
        assertServedBy(mongo, "sourcing-needs", MongoFeedQueries.page(new Criteria().orOperator(
                Criteria.where("territoryCode").is("T8"), Criteria.where("territoryCode").is(null)), "updatedAt",
                window), "sourcing_needs_territory_feed");
        assertServedBy(mongo, "sourcing-meetings", MongoFeedQueries.page(Criteria.where("needIds")
                .in(List.of("SRC-1", "SRC-2")), "updatedAt", window), "sourcing_meetings_need_feed",
                "sourcing_meetings_need_held");
    }
}
