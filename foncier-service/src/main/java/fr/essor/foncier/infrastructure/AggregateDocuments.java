package fr.essor.foncier.infrastructure;

import org.bson.Document;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an aggregate record as a MongoDB document through its JSON form: dates and times become ISO text (no driver
 * conversion or time zone can shift them), the id becomes {@code _id} and the version stays a number for the
 * outbox's optimistic guard. Fields the record does not know (the outbox's {@code pendingEvents}) are ignored on
 * reading.
 */
public final class AggregateDocuments {

    private final JsonMapper json;

    public AggregateDocuments(JsonMapper json) {
        this.json = json;
    }

    public Document toDocument(String id, long version, Object aggregate) {
        Document document = Document.parse(json.writeValueAsString(aggregate));
        document.remove("id");
        document.put("_id", id);
        document.put("version", version);
        return document;
    }

    public <T> T fromDocument(Document stored, Class<T> type) {
        Document copy = new Document(stored);
        copy.remove("pendingEvents");
        copy.put("id", copy.remove("_id"));
        return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(copy.toJson());
    }
}
