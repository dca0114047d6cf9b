package fr.essor.roadmap.indicators.application;

import fr.essor.roadmap.indicators.domain.Contribution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Contributions kept in memory under the same key as in MongoDB. */
class InMemoryContributions implements Contributions {

    final Map<String, Contribution> byId = new LinkedHashMap<>();

    @Override
    public boolean record(Contribution contribution) {
        return byId.putIfAbsent(contribution.id(), contribution) == null;
    }

    @Override
    public List<Contribution> of(String indicatorId) {
        return byId.values().stream().filter(c -> c.indicatorId().equals(indicatorId)).toList();
    }

    @Override
    public long clear() {
        long size = byId.size();
        byId.clear();
        return size;
    }
}
