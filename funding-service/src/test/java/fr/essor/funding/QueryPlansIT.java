package fr.essor.funding;

import fr.essor.kit.ept.FeedCursor;
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
 * The indexes of funding's queries (ADR-0025): all declared ones are in the store; on a real MongoDB
 * ({@code -Pcontainers}) the main lists, the EPT feed and the outbox relay's scan are answered by an index scan.
 * The queries are written as the repositories write them.
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
        assertThat(declared.created()).extracting(QueryIndex::name).contains("aaa_applications_call_status",
                "aaa_applications_territory_feed", "grant_files_call", "voting_sessions_sitting",
                "loan_guarantees_organisation", "notifications_latest", "portal_documents_organisation",
                "portal_links_account", "scic_stakes_name", "cpos_organisation", "organisations_name_key",
                "outbox_pending", "dead_letters_latest", "idempotency_keys_expiry", "webhook_deliveries_due");
    }

    @Test
    void theMainListsAreAnsweredByTheirIndexesOnMongoDb() {
        assumeTrue(QueryPlans.onRealMongoDb(), "explain() needs a real MongoDB (-Pcontainers)");

        assertServedBy(mongo, "aaa_applications", Query.query(Criteria.where("callYear").is(2026).and("status")
                .is("SUBMITTED").and("theme").is("ALIMENTATION")).with(Sort.by("_id")),
                "aaa_applications_call_status", "aaa_applications_call");
        assertServedBy(mongo, "aaa_applications", Query.query(Criteria.where("callYear").is(2026))
                .with(Sort.by("_id")), "aaa_applications_call", "aaa_applications_call_status");
        assertServedBy(mongo, "aaa_applications", Query.query(Criteria.where("callId").is("AAA-2026")
                        .and("organisationId").is("ORG-1").and("normalisedTitle").is("cantine")).with(Sort.by("_id"))
                .limit(1), "aaa_applications_organisation");
        assertServedBy(mongo, "grant_files", Query.query(Criteria.where("callYear").is(2026)).with(Sort.by("_id")),
                "grant_files_call");
        assertServedBy(mongo, "voting_sessions", new Query().with(Sort.by(Sort.Direction.DESC, "sittingOn", "_id")),
                "voting_sessions_sitting");
        assertServedBy(mongo, "loan_guarantees", Query.query(Criteria.where("organisationId").is("ORG-1"))
                .with(Sort.by(Sort.Direction.DESC, "grantedOn", "_id")), "loan_guarantees_organisation");
        assertServedBy(mongo, "notifications", new Query().with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(50),
                "notifications_latest");
        assertServedBy(mongo, "organisations", Query.query(new Criteria().andOperator(
                Criteria.where("nameKey").regex("cantine"), Criteria.where("nameKey").regex("lilas")))
                .with(Sort.by("nameKey")).limit(20), "organisations_name_key");
    }

    @Test
    void theEptFeedIsAnsweredByItsIndexOnMongoDb() {
        assumeTrue(QueryPlans.onRealMongoDb(), "explain() needs a real MongoDB (-Pcontainers)");
        Instant settled = Instant.parse("2026-12-01T00:00:00Z");

        assertServedBy(mongo, "aaa_applications", MongoFeedQueries.page(Criteria.where("territoryCodes").is("T8"),
                "updatedAt", new FeedWindow(null, settled, 100)), "aaa_applications_territory_feed");
        assertServedBy(mongo, "grant_files", MongoFeedQueries.page(Criteria.where("territoryCode").is("T8"),
                "updatedAt", new FeedWindow(new FeedCursor(settled.minusSeconds(60), "AAA-2026-0001"), settled, 100)),
                "grant_files_territory_feed");
    }

    @Test
    void theOutboxRelayAndItsBacklogReadOnlyThePendingDocumentsOnMongoDb() {
        assumeTrue(QueryPlans.onRealMongoDb(), "explain() needs a real MongoDB (-Pcontainers)");
        Date now = new Date();

        // OutboxRelay.claimable and OutboxBacklog.refresh
        assertServedBy(mongo, "aaa_applications", Query.query(new Criteria().andOperator(
                Criteria.where("pendingEvents.0").exists(true),
                new Criteria().orOperator(Criteria.where("outboxLeaseUntil").exists(false),
                        Criteria.where("outboxLeaseUntil").lt(now)))).limit(50), "outbox_pending");
        assertServedBy(mongo, "aaa_applications", Query.query(Criteria.where("pendingEvents.0").exists(true)
                .orOperator(Criteria.where("outboxLeaseUntil").exists(false),
                        Criteria.where("outboxLeaseUntil").exists(true))), "outbox_pending");
    }
}
