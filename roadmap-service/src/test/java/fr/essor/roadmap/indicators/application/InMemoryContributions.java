package fr.essor.roadmap.indicators.application;

import fr.essor.roadmap.indicators.domain.Contribution;
import fr.essor.roadmap.indicators.domain.RecordedContribution;

import java.time.Instant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Contributions kept in memory under the same key as in MongoDB. */
class InMemoryContributions implements Contributions {

    final Map<String, Contribution> byId = new LinkedHashMap<>();
    final Map<String, Instant> recordedAt = new LinkedHashMap<>();

    @Override
    public boolean record(Contribution contribution) {
        boolean added = byId.putIfAbsent(contribution.id(), contribution) == null;
        if (added) {
            recordedAt.put(contribution.id(), Instant.now());
        }
        return added;
    }

    @Override
    public List<RecordedContribution> recordedOf(String indicatorId) {
        return of(indicatorId).stream().map(c -> new RecordedContribution(c, recordedAt.get(c.id()))).toList();
    }

    @Override
    public boolean recordedSince(Instant since) {
        return recordedAt.values().stream().anyMatch(at -> !at.isBefore(since));
    }

    @Override
    public List<Contribution> of(String indicatorId) {
        return byId.values().stream().filter(c -> c.indicatorId().equals(indicatorId)).toList();
    }

    @Override
    public long clear() {
        long size = byId.size();
        byId.clear();
        recordedAt.clear();
        return size;
    }
}
