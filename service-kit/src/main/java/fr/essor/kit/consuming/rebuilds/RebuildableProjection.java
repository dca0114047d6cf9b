package fr.essor.kit.consuming.rebuilds;

import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A projection a service builds from topics, which ops may rebuild (ADR-0024): its name in the ops API
 * ({@code /api/ops/projections/{name}/rebuild}), its French label and description for the ops page, the bindings
 * whose topics feed it, and how it is cleared first, if it is.
 *
 * <p>Two ways, chosen per projection: {@link #clearedThenReplayed} forgets the projection then replays every topic
 * — for effects that are only idempotent by their key or event id and would otherwise keep what no fact explains; and
 * {@link #replayedOnTop} replays over what is held — for versioned "apply if newer" upserts in a store that also holds
 * what cannot be cleared (a service's own organisations beside its copies of the others').
 */
public final class RebuildableProjection {

    private final String name;
    private final String label;
    private final String description;
    private final LongSupplier clearing;
    private final List<ReplayedBinding> bindings;

    private RebuildableProjection(String name, String label, String description, LongSupplier clearing,
                                  List<ReplayedBinding> bindings) {
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("A projection's name is lower-case words joined by '-': " + name);
        }
        this.name = name;
        this.label = Objects.requireNonNull(label, "label");
        this.description = Objects.requireNonNull(description, "description");
        this.clearing = clearing;
        this.bindings = List.copyOf(bindings);
        if (this.bindings.isEmpty()) {
            throw new IllegalArgumentException("Projection " + name + " is fed by no binding");
        }
    }

    /**
     * A projection emptied ({@code clearing} answers how many documents it removed) before every topic is replayed.
     * The live consumers keep consuming: the end of the replay is taken after the clearing, so a fact applied live
     * before it is replayed, one applied after it is kept, and each effect is idempotent, so it is there once.
     */
    public static RebuildableProjection clearedThenReplayed(String name, String label, String description,
                                                            LongSupplier clearing, List<ReplayedBinding> bindings) {
        return new RebuildableProjection(name, label, description, Objects.requireNonNull(clearing, "clearing"),
                bindings);
    }

    /** A projection whose versioned upserts are replayed over what it holds: missing or older facts come back. */
    public static RebuildableProjection replayedOnTop(String name, String label, String description,
                                                      List<ReplayedBinding> bindings) {
        return new RebuildableProjection(name, label, description, null, bindings);
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public boolean clearedFirst() {
        return clearing != null;
    }

    public List<ReplayedBinding> bindings() {
        return bindings;
    }

    /** The topics read, each once, in order. */
    public List<String> topics() {
        return bindings.stream().flatMap(b -> b.topics().stream()).distinct().sorted().toList();
    }

    long clear() {
        return clearing == null ? 0 : clearing.getAsLong();
    }
}
