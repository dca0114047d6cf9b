package fr.essor.funding.portal.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.gridfs.model.GridFSFile;
import fr.essor.funding.portal.application.OrganisationDocuments;
import fr.essor.funding.portal.domain.DocumentFormat;
import fr.essor.funding.portal.domain.DocumentKind;
import fr.essor.funding.portal.domain.StoredDocument;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

/**
 * The documents in GridFS (bucket {@code portal_documents}): the file, with its organisation, kind, format, size and
 * who gave it when as metadata. One upload is one GridFS file (its chunks, then its files entry, which makes it
 * visible: a crash in between leaves orphan chunks, never a half-visible document). Reads are logged in
 * {@code portal_document_reads}.
 */
public class GridFsDocuments implements OrganisationDocuments, DeclaresIndexes {

    static final String BUCKET = "portal_documents";
    static final String READS = "portal_document_reads";

    private final GridFsTemplate gridFs;
    private final MongoTemplate mongo;

    public GridFsDocuments(GridFsTemplate gridFs, MongoTemplate mongo) {
        this.gridFs = gridFs;
        this.mongo = mongo;
    }

    @Override
    public StoredDocument store(StoredDocument d, byte[] content) {
        Document metadata = new Document("organisationId", d.organisationId()).append("kind", d.kind().name())
                .append("format", d.format().name()).append("size", d.size())
                .append("uploadedAt", java.util.Date.from(d.uploadedAt())).append("uploadedBy", d.uploadedBy());
        ObjectId id = gridFs.store(new ByteArrayInputStream(content), d.fileName(), d.format().mediaType(), metadata);
        return new StoredDocument(id.toHexString(), d.organisationId(), d.kind(), d.fileName(), d.format(), d.size(),
                d.uploadedAt(), d.uploadedBy());
    }

    /** {@link #ofOrganisation}: an organisation's files in the bucket, latest upload first. */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(BUCKET + ".files", "portal_documents_organisation")
                .asc("metadata.organisationId").desc("uploadDate"));
    }

    @Override
    public List<StoredDocument> ofOrganisation(String organisationId) {
        List<StoredDocument> found = new ArrayList<>();
        gridFs.find(Query.query(Criteria.where("metadata.organisationId").is(organisationId))
                .with(Sort.by(Sort.Direction.DESC, "uploadDate"))).forEach(file -> found.add(toDocument(file)));
        return found;
    }

    @Override
    public List<StoredDocument> all() {
        List<StoredDocument> found = new ArrayList<>();
        gridFs.find(new Query()).forEach(file -> found.add(toDocument(file)));
        return found;
    }

    @Override
    public void delete(String documentId) {
        gridFs.delete(Query.query(Criteria.where("_id").is(new ObjectId(documentId))));
    }

    @Override
    public Optional<StoredDocument> find(String documentId) {
        if (!ObjectId.isValid(documentId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(documentId)))))
                .map(GridFsDocuments::toDocument);
    }

    @Override
    public byte[] content(String documentId) {
        GridFSFile file = gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(documentId))));
        try (InputStream in = gridFs.getResource(file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void logAccess(String documentId, String organisationId, String by, Instant at) {
        mongo.insert(new Document("documentId", documentId).append("organisationId", organisationId)
                .append("by", by).append("at", java.util.Date.from(at)), READS);
    }

    private static StoredDocument toDocument(GridFSFile file) {
        Document m = file.getMetadata() == null ? new Document() : file.getMetadata();
        return new StoredDocument(file.getObjectId().toHexString(), m.getString("organisationId"),
                DocumentKind.valueOf(m.getString("kind")), file.getFilename(),
                DocumentFormat.valueOf(m.getString("format")), ((Number) m.get("size")).longValue(),
                m.getDate("uploadedAt").toInstant(), m.getString("uploadedBy"));
    }
}
