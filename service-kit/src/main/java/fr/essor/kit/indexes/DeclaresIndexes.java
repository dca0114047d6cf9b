package fr.essor.kit.indexes;

import java.util.List;

/**
 * A repository (any bean) that declares the indexes its queries need; {@link DeclaredIndexes} creates them at start.
 * Declare each index next to the query it serves (ADR-0025).
 */
public interface DeclaresIndexes {

    List<QueryIndex> indexes();
}
