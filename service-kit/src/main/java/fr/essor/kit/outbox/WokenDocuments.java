package fr.essor.kit.outbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The documents outbox writes named since the relay last looked, by collection, each once however often it was
 * written: the relay claims them by id instead of scanning for them. Written by the request threads, taken by the
 * relay's.
 */
final class WokenDocuments {

    /** Some of a collection's woken documents, claimed together. */
    record Batch(String collection, List<Object> ids) {
    }

    private Map<String, Set<Object>> byCollection = new LinkedHashMap<>();

    synchronized void add(String collection, Object id) {
        byCollection.computeIfAbsent(collection, ignored -> new LinkedHashSet<>()).add(id);
    }

    /** Takes every woken document, in batches of at most {@code size} ids of one collection. */
    List<Batch> takeAll(int size) {
        Map<String, Set<Object>> taken;
        synchronized (this) {
            if (byCollection.isEmpty()) {
                return List.of();
            }
            taken = byCollection;
            byCollection = new LinkedHashMap<>();
        }
        List<Batch> batches = new ArrayList<>();
        taken.forEach((collection, ids) -> {
            List<Object> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += size) {
                batches.add(new Batch(collection, List.copyOf(all.subList(from, Math.min(all.size(), from + size)))));
            }
        });
        return batches;
    }
}
