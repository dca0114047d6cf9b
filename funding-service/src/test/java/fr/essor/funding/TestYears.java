package fr.essor.funding;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The call years the integration tests create, one sequence for all of them: tests share one store, and two test
 * classes counting from their own starting years ended up creating the same call (a 409 on the second).
 */
public final class TestYears {

    private static final AtomicInteger YEARS = new AtomicInteger(2030);

    private TestYears() {
    }

    /** A call year no other test of this run uses. */
    public static int fresh() {
        return consecutive(1);
    }

    /** The first of {@code count} consecutive call years no other test of this run uses. */
    public static int consecutive(int count) {
        int year = YEARS.getAndAdd(count) + 1;
        if (year + count - 1 >= 2095) { // 2095: VotingAndGrantPagesIT's own year
            throw new IllegalStateException("The tests used up the call years 2031-2094");
        }
        return year;
    }
}
