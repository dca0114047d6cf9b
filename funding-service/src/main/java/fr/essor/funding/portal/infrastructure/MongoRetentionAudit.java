package fr.essor.funding.portal.infrastructure;

import java.time.Instant;
import java.util.Date;

import fr.essor.funding.portal.application.RetentionAudit;
import fr.essor.funding.portal.domain.StoredDocument;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The retention's audit in {@code portal_retention_log}: one record per deleted document, what, why and when. */
public class MongoRetentionAudit implements RetentionAudit {

    public static final String COLLECTION = "portal_retention_log";

    private final MongoTemplate mongo;

    public MongoRetentionAudit(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void deleted(StoredDocument d, String reason, Instant at) {
        mongo.insert(new Document("documentId", d.id()).append("organisationId", d.organisationId())
                .append("kind", d.kind().name()).append("fileName", d.fileName()).append("size", d.size())
                .append("uploadedAt", Date.from(d.uploadedAt())).append("reason", reason)
                .append("deletedAt", Date.from(at)).append("deletedBy", "retention"), COLLECTION);
    }
}
