package fr.essor.roadmap.plan;

import fr.essor.kit.outbox.StaleAggregateException;
import fr.essor.roadmap.plan.application.Actions;
import fr.essor.roadmap.plan.application.PlanStructure;
import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionStatusChanged;
import fr.essor.roadmap.plan.domain.RoadmapReference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Actions and plan structure kept in memory, with the same version guard as the store; records published facts. */
class InMemoryActions implements Actions, PlanStructure {

    final Map<String, Action> stored = new TreeMap<>();
    final List<ActionStatusChanged> published = new ArrayList<>();
    RoadmapReference structure;
    int writes;

    @Override
    public Optional<Action> find(String code) {
        return Optional.ofNullable(stored.get(code));
    }

    @Override
    public List<Action> all() {
        return stored.values().stream().sorted(Comparator.comparing(Action::code)).toList();
    }

    @Override
    public void add(Action action) {
        if (stored.putIfAbsent(action.code().toString(), action) != null) {
            throw new AlreadyStoredException(action.code().toString());
        }
        writes++;
    }

    @Override
    public void save(Action action, long expectedVersion, Optional<ActionStatusChanged> event) {
        Action current = stored.get(action.code().toString());
        if (current == null || current.version() != expectedVersion) {
            throw new StaleAggregateException("plan_actions", action.code().toString(), expectedVersion);
        }
        stored.put(action.code().toString(), action);
        event.ifPresent(published::add);
        writes++;
    }

    @Override
    public void store(RoadmapReference reference) {
        structure = reference;
    }

    @Override
    public Optional<RoadmapReference> load() {
        return Optional.ofNullable(structure);
    }
}
