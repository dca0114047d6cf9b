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
        int year = YEARS.incrementAndGet();
        if (year >= 2095) { // 2095: VotingAndGrantPagesIT's own year
            throw new IllegalStateException("The tests used up the call years 2031-2094");
        }
        return year;
    }
}
