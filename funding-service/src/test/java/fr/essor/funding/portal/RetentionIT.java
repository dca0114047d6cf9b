package fr.essor.funding.portal;

import fr.essor.funding.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.portal.application.DocumentRetention;
import fr.essor.funding.portal.domain.DocumentFormat;
import fr.essor.funding.portal.domain.DocumentKind;
import fr.essor.funding.portal.domain.RetentionPolicy;
import fr.essor.funding.portal.domain.StoredDocument;
import fr.essor.funding.portal.infrastructure.GridFsDocuments;
import fr.essor.funding.portal.infrastructure.MongoRetentionAudit;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.Sirets;

/**
 * The retention of the organisations' documents against the real GridFS store (issue 16, data protection): the
 * document an organisation that never applied gave more than the retention period ago is deleted — file and chunks — with an audit record,
 * while the documents of an organisation whose file is open stay.
 */
@EssorIntegrationTest
class RetentionIT {

    private static final Instant UPLOADED = Instant.parse("2020-03-01T10:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    GridFsDocuments documents;
    @Autowired
    Applications applications;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aDocumentPastItsRetentionIsDeletedFromGridFsWithAnAuditRecordAndAnOpenFileKeepsItsOwn() {
        AnsweringARequestIT.Submitted open = AnsweringARequestIT.submittedOnline(port, "Épicerie solidaire",
                TestYears.fresh());
        String unused = Sirets.next();
        StoredDocument stored = documents.store(new StoredDocument(null, unused, DocumentKind.values()[0],
                "statuts-jamais-utilises.pdf", DocumentFormat.values()[0], 37, UPLOADED, "asso-voisins"),
                "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        ObjectId id = new ObjectId(stored.id());
        assertThat(mongo.getCollection("portal_documents.chunks").countDocuments(new Document("files_id", id)))
                .isPositive();

        // only a document given before 2021 is past 5 years: the other tests' documents, all given today, stay
        Clock now = Clock.systemUTC();
        DocumentRetention retention = new DocumentRetention(documents, applications,
                new RetentionPolicy(Period.ofYears(10), Period.ofYears(5)), new MongoRetentionAudit(mongo), now);
        Instant before = Instant.now();
        assertThat(retention.run()).isEqualTo(1);

        assertThat(documents.find(stored.id())).isEmpty();
        assertThat(mongo.getCollection("portal_documents.files").countDocuments(new Document("_id", id))).isZero();
        assertThat(mongo.getCollection("portal_documents.chunks").countDocuments(new Document("files_id", id)))
                .isZero();
        Document audit = mongo.getCollection(MongoRetentionAudit.COLLECTION)
                .find(new Document("documentId", stored.id())).first();
        assertThat(audit).isNotNull();
        assertThat(audit.getString("organisationId")).isEqualTo(unused);
        assertThat(audit.getString("fileName")).isEqualTo("statuts-jamais-utilises.pdf");
        assertThat(audit.getString("reason")).startsWith("Aucun dossier de la structure depuis son dépôt");
        assertThat(audit.getDate("deletedAt").toInstant()).isBetween(before.minusMillis(1), Instant.now());

        assertThat(documents.find(open.statutesId())).as("the open file's organisation keeps its documents")
                .isPresent();
        assertThat(retention.run()).as("nothing more to delete").isZero();
        assertThat(mongo.getCollection(MongoRetentionAudit.COLLECTION).countDocuments(new Document("documentId",
                stored.id()))).isEqualTo(1);
    }
}
