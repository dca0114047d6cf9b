package fr.essor.funding.portal.application;

import java.util.List;
import java.util.Optional;

import fr.essor.funding.portal.domain.StoredDocument;

/** The organisations' documents as stored (GridFS), and the log of who read which one and when. */
public interface OrganisationDocuments {

    StoredDocument store(StoredDocument described, byte[] content);

    List<StoredDocument> ofOrganisation(String organisationId);

    Optional<StoredDocument> find(String documentId);

    byte[] content(String documentId);

    /** Every stored document (their descriptions, not their content), for the retention. */
    List<StoredDocument> all();

    /** Deletes a document's file and content (the retention; the caller has recorded it). */
    void delete(String documentId);

    /** Records a read of a document (who, when); reads are never served without it. */
    void logAccess(String documentId, String organisationId, String by, java.time.Instant at);
}
