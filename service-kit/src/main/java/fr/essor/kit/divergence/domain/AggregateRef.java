package fr.essor.kit.divergence.domain;

import java.util.Objects;

/** One aggregate document: its collection and its id (as text). */
public record AggregateRef(String collection, String id) {

    public AggregateRef {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return collection + "/" + id;
    }
}
