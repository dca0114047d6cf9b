package fr.essor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoCollection;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store builds the secondary indexes the services declare: a query on an index's leading field is answered from
 * the documents listed under the asked value, and still answers exactly what the whole query asks — after inserts,
 * updates that move a document from one value to another, removals, and a restart of the store.
 */
class LeadingFieldIndexTest {

    @TempDir
    Path directory;

    private MVStore store;
    private IdLookup.Backend backend;
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> organisations;

    private void open() {
        store = new MVStore.Builder().fileName(directory.resolve("store.mv").toString()).open();
        backend = new IdLookup.Backend(store);
        server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        organisations = client.getDatabase("test").getCollection("organisations");
    }

    private void close() {
        client.close();
        server.shutdownNow();
        store.close();
    }

    @AfterEach
    void stop() {
        close();
    }

    private void openWithThreeOrganisations() {
        open();
        organisations.createIndex(Indexes.ascending("siret"), new IndexOptions().name("siret"));
        organisations.createIndex(Indexes.compoundIndex(Indexes.ascending("territory"), Indexes.ascending("name")),
                new IndexOptions().name("territory_name"));
        organisations.insertMany(List.of(
                new Document("_id", "a").append("siret", "111").append("territory", "T6").append("name", "Alpha")
                        .append("size", 1),
                new Document("_id", "b").append("siret", "222").append("territory", "T7").append("name", "Beta")
                        .append("size", 2L),
                new Document("_id", "c").append("siret", "333").append("territory", "T6").append("name", "Gamma")
                        .append("size", 3.0).append("tags", List.of("esus", "siae"))));
    }

    @Test
    void aDeclaredSecondaryIndexIsBuiltAndTakesAQueryOnItsLeadingField() {
        openWithThreeOrganisations();

        LeadingFieldIndex siret = index("siret");
        assertThat(siret.getCount()).isEqualTo(3);
        assertThat(siret.canHandle(new de.bwaldvogel.mongo.bson.Document("siret", "222"))).isTrue();
        assertThat(siret.canHandle(new de.bwaldvogel.mongo.bson.Document("siret", "222").append("name", "x")))
                .as("other conditions are matched on the candidates").isTrue();
        assertThat(siret.getPositions(new de.bwaldvogel.mongo.bson.Document("siret", "222"))).hasSize(1);
        assertThat(siret.canHandle(new de.bwaldvogel.mongo.bson.Document("siret",
                new de.bwaldvogel.mongo.bson.Document("$gt", "1")))).as("a range reads the collection").isFalse();
        assertThat(siret.canHandle(new de.bwaldvogel.mongo.bson.Document("siret", null)))
                .as("null also matches a missing field: read the collection").isFalse();
        assertThat(siret.canHandle(new de.bwaldvogel.mongo.bson.Document("name", "Beta")))
                .as("not its leading field").isFalse();
    }

    @Test
    void queriesAnswerWhatTheWholeQueryAsks() {
        openWithThreeOrganisations();

        assertThat(ids(Filters.eq("siret", "222"))).containsExactly("b");
        assertThat(ids(Filters.and(Filters.eq("territory", "T6"), Filters.eq("name", "Gamma"))))
                .containsExactly("c");
        assertThat(ids(Filters.in("territory", "T6", "T7", "T9"))).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(organisations.find(Filters.eq("territory", "T6")).sort(Sorts.descending("name"))
                .map(d -> d.getString("_id")).into(new ArrayList<>())).containsExactly("c", "a");
        assertThat(ids(Filters.eq("siret", "999"))).isEmpty();
    }

    @Test
    void numbersMatchWhateverTheirTypeAndArraysByEachElement() {
        openWithThreeOrganisations();
        organisations.createIndex(Indexes.ascending("size"), new IndexOptions().name("size"));
        organisations.createIndex(Indexes.ascending("tags"), new IndexOptions().name("tags"));

        assertThat(ids(Filters.eq("size", 2))).containsExactly("b");
        assertThat(ids(Filters.eq("size", 1.0))).containsExactly("a");
        assertThat(ids(Filters.eq("size", 3L))).containsExactly("c");
        assertThat(ids(Filters.eq("tags", "siae"))).containsExactly("c");
    }

    @Test
    void updatesAndRemovalsMoveDocumentsBetweenValues() {
        openWithThreeOrganisations();

        organisations.updateOne(Filters.eq("_id", "a"), Updates.set("territory", "T7"));
        organisations.updateOne(Filters.eq("siret", "222"), Updates.set("siret", "444"));
        organisations.deleteOne(Filters.eq("_id", "c"));
        organisations.insertOne(new Document("_id", "d").append("siret", "555").append("territory", "T6")
                .append("at", new Date(0)));

        assertThat(ids(Filters.eq("territory", "T7"))).containsExactlyInAnyOrder("a", "b");
        assertThat(ids(Filters.eq("territory", "T6"))).containsExactly("d");
        assertThat(ids(Filters.eq("siret", "222"))).isEmpty();
        assertThat(ids(Filters.eq("siret", "444"))).containsExactly("b");
        assertThat(organisations.updateOne(Filters.and(Filters.eq("siret", "555"), Filters.eq("territory", "T6")),
                Updates.set("name", "Delta"), new com.mongodb.client.model.UpdateOptions().upsert(true))
                .getMatchedCount()).isEqualTo(1);
        organisations.updateOne(Filters.eq("siret", "666"), Updates.set("territory", "T5"),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
        assertThat(ids(Filters.eq("territory", "T5"))).hasSize(1);
        assertThat(index("siret").getCount()).isEqualTo(organisations.countDocuments());
    }

    @Test
    void theIndexIsBuiltAgainFromTheDocumentsWhenTheStoreOpens() {
        openWithThreeOrganisations();
        store.commit();
        close();

        open();

        assertThat(index("siret").getCount()).isEqualTo(3);
        assertThat(ids(Filters.eq("siret", "333"))).containsExactly("c");
        assertThat(ids(Filters.eq("territory", "T6"))).containsExactlyInAnyOrder("a", "c");
    }

    private List<Object> ids(org.bson.conversions.Bson filter) {
        return organisations.find(filter).map(d -> d.get("_id")).into(new ArrayList<>());
    }

    private LeadingFieldIndex index(String name) {
        var collection = (AbstractMongoCollection<?>) backend.resolveDatabase("test")
                .resolveCollection("organisations", true);
        return (LeadingFieldIndex) collection.getIndexes().stream().filter(index -> index.getName().equals(name))
                .findFirst().orElseThrow();
    }
}
