package fr.essor.foncier;

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

import static fr.essor.kit.testing.QueryPlans.assertServedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The indexes of foncier's queries (ADR-0025): all declared ones are in the store; on a real MongoDB
 * ({@code -Pcontainers}) the premises' lists and feeds, the intermediations, the suggestions and the idempotency keys'
 * expiry are answered by an index scan. The queries are written as the repositories write them.
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
        assertThat(declared.created()).extracting(QueryIndex::name).contains("premises_offers_territory_published",
                "premises_offers_territory_feed", "premises_needs_territory_registered", "premises_needs_status_surface",
                "intermediations_need", "intermediations_stage_lease_end", "growth_suggestions_dismissed_suggested",
                "hub_applications_call", "outbox_pending", "idempotency_keys_expiry");
    }

    @Test
    void theMainListsAreAnsweredByTheirIndexesOnMongoDb() {
        assumeTrue(QueryPlans.onRealMongoDb(), "explain() needs a real MongoDB (-Pcontainers)");

        assertServedBy(mongo, "premises_offers", Query.query(new Criteria().andOperator(
                        Criteria.where("territoryCode").is("T8"))).with(Sort.by(Sort.Direction.DESC, "publishedAt"))
                .limit(100), "premises_offers_territory_published");
        assertServedBy(mongo, "premises_offers", new Query().with(Sort.by(Sort.Direction.DESC, "publishedAt"))
                .limit(100), "premises_offers_published");
        assertServedBy(mongo, "premises_needs", Query.query(new Criteria().andOperator(
                        Criteria.where("status").is("OPEN"))).with(Sort.by(Sort.Direction.DESC, "registeredAt"))
                .limit(100), "premises_needs_status_registered", "premises_needs_registered");
        assertServedBy(mongo, "premises_needs", Query.query(Criteria.where("status").in("OPEN", "IN_CONTACT")
                .and("surfaceMin").lte(120).and("surfaceMax").gte(120)), "premises_needs_status_surface");
        assertServedBy(mongo, "intermediations", Query.query(Criteria.where("premises.needId").is("BESOIN-2026-0001"))
                .with(Sort.by(Sort.Direction.DESC, "_id")), "intermediations_need");
        assertServedBy(mongo, "intermediations", Query.query(Criteria.where("stage").is("LEASE_SIGNED")
                .and("lease.endDate").gte("2027-01-01").lte("2027-06-30")), "intermediations_stage_lease_end");
        assertServedBy(mongo, "growth_suggestions", Query.query(Criteria.where("dismissedAt").is(null))
                .with(Sort.by(Sort.Direction.DESC, "suggestedAt")).limit(50), "growth_suggestions_dismissed_suggested");
        assertServedBy(mongo, "growth_suggestions", Query.query(Criteria.where("dismissedAt").ne(null))
                .with(Sort.by(Sort.Direction.DESC, "dismissedAt")).limit(50), "growth_suggestions_dismissed_suggested");
        assertServedBy(mongo, "hub_applications", Query.query(Criteria.where("callId").is("AO-2026-01"))
                .with(Sort.by("_id")), "hub_applications_call");
        // IdempotentRequests.pruneExpired
        assertServedBy(mongo, "idempotency_keys", Query.query(Criteria.where("expiresAt").lt(new Date())),
                "idempotency_keys_expiry");
    }

    @Test
    void theEptFeedsAreAnsweredByTheirIndexesOnMongoDb() {
        assumeTrue(QueryPlans.onRealMongoDb(), "explain() needs a real MongoDB (-Pcontainers)");
        FeedWindow window = new FeedWindow(null, Instant.parse("2026-12-01T00:00:00Z"), 100);

        assertServedBy(mongo, "premises_offers", MongoFeedQueries.page(Criteria.where("territoryCode").is("T8"),
                "updatedAt", window), "premises_offers_territory_feed");
        assertServedBy(mongo, "premises_needs", MongoFeedQueries.page(Criteria.where("concernedTerritories").is("T8"),
                "updatedAt", window), "premises_needs_territory_feed");
    }
}
