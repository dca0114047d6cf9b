package fr.essor.funding.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** The median of whole numbers: the middle value, or the mean of the two middle values for an even count. */
public final class Median {

    private Median() {
    }

    public static Optional<BigDecimal> of(List<Long> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return Optional.of(BigDecimal.valueOf(sorted.get(middle)));
        }
        return Optional.of(BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle))
                .divide(BigDecimal.TWO, 1, RoundingMode.UNNECESSARY));
    }
}
