package fr.essor.kit.outbox;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/** The collections whose documents carry a {@code pendingEvents} outbox: the relay drains each of them. */
public class Outboxes {

    private final Set<String> collections = new CopyOnWriteArraySet<>();

    public void register(String collection) {
        collections.add(collection);
    }

    public Set<String> collections() {
        return Set.copyOf(collections);
    }
}
