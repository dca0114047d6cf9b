package fr.essor.foncier.hub.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The share of the hub's catalogued surface occupied on a day: overall, per building and per type.
 *
 * @param key the building code or type name; {@code null} for the whole hub
 */
public record Occupancy(String key, int spaces, int occupiedSpaces, int surface, int occupiedSurface) {

    /** Occupied surface over catalogued surface, in percent with one decimal; zero for an empty catalogue. */
    public BigDecimal rate() {
        return surface == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(occupiedSurface * 100L)
                .divide(BigDecimal.valueOf(surface), 1, RoundingMode.HALF_UP);
    }

    public static Occupancy overall(Collection<Space> spaces, LocalDate day) {
        return of(null, spaces, day);
    }

    public static Map<String, Occupancy> byBuilding(Collection<Space> spaces, LocalDate day) {
        return grouped(spaces, day, Space::buildingCode);
    }

    public static Map<String, Occupancy> byType(Collection<Space> spaces, LocalDate day) {
        return grouped(spaces, day, s -> s.details().type().name());
    }

    private static Map<String, Occupancy> grouped(Collection<Space> spaces, LocalDate day,
                                                  Function<Space, String> key) {
        Map<String, List<Space>> groups = new LinkedHashMap<>();
        spaces.stream().sorted(java.util.Comparator.comparing(key)).forEach(s ->
                groups.computeIfAbsent(key.apply(s), k -> new java.util.ArrayList<>()).add(s));
        Map<String, Occupancy> result = new LinkedHashMap<>();
        groups.forEach((k, group) -> result.put(k, of(k, group, day)));
        return result;
    }

    private static Occupancy of(String key, Collection<Space> spaces, LocalDate day) {
        int surface = 0;
        int occupied = 0;
        int occupiedSpaces = 0;
        for (Space space : spaces) {
            surface += space.details().surface();
            if (space.occupantOn(day).isPresent()) {
                occupied += space.details().surface();
                occupiedSpaces++;
            }
        }
        return new Occupancy(key, spaces.size(), occupiedSpaces, surface, occupied);
    }
}
