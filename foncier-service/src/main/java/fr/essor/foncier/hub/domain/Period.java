package fr.essor.foncier.hub.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Days of occupancy, both bounds included; an open-ended period has no end. */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("A period ends on or after its start");
        }
    }

    public boolean overlaps(Period other) {
        return (end == null || !other.start.isAfter(end)) && (other.end == null || !start.isAfter(other.end));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
}
