package fr.essor.foncier.hub.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever allocations and departures are asked, in whatever order, no day of a space is ever held twice. */
class SpaceAllocationPropertiesTest {

    private static final LocalDate ORIGIN = LocalDate.of(2026, 1, 1);
    private static final Instant NOW = Instant.parse("2026-01-01T08:00:00Z");

    sealed interface Command permits Allocate, Vacate {
    }

    record Allocate(int startDay, Integer length) implements Command {
    }

    record Vacate(int which, int lastDay) implements Command {
    }

    @Property(tries = 300)
    void aSpaceIsNeverAllocatedTwiceForOverlappingPeriods(@ForAll("commands") List<Command> commands) {
        Space space = SpaceTest.workshop("S1", "B01", 60, SpaceType.CREATIVE);
        int n = 0;
        for (Command command : commands) {
            Space.Outcome outcome = switch (command) {
                case Allocate a -> space.allocate("A" + (++n), "C" + n, "W931004567", "Recyclerie",
                        new Period(ORIGIN.plusDays(a.startDay()), a.length() == null ? null
                                : ORIGIN.plusDays(a.startDay() + a.length())), "pole", NOW);
                case Vacate v -> space.allocations().isEmpty() ? new Space.Moved(space, List.of())
                        : space.vacate(space.allocations().get(v.which() % space.allocations().size()).id(),
                        ORIGIN.plusDays(v.lastDay()), "pole", NOW);
            };
            if (outcome instanceof Space.Moved moved) {
                space = moved.space();
            }
            List<Allocation> all = space.allocations();
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    assertThat(all.get(i).effective().overlaps(all.get(j).effective()))
                            .as("%s and %s", all.get(i), all.get(j)).isFalse();
                }
            }
        }
    }

    @Property(tries = 300)
    void anAllocationIsRefusedExactlyWhenItsPeriodSharesADayWithAHeldOne(@ForAll("periods") Period held,
                                                                           @ForAll("periods") Period asked) {
        Space taken = SpaceTest.allocated(SpaceTest.workshop("S1", "B01", 60, SpaceType.CREATIVE), "A1",
                held.start(), held.end());
        boolean sharesADay = asked.start().datesUntil(asked.end() == null ? asked.start().plusDays(800)
                : asked.end().plusDays(1)).anyMatch(held::contains);

        assertThat(taken.allocate("A2", "C2", "W931004568", "Autre", asked, "pole", NOW) instanceof Space.Refused)
                .isEqualTo(sharesADay);
    }

    @Provide
    Arbitrary<List<Command>> commands() {
        Arbitrary<Command> allocate = Combinators.combine(Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 120).injectNull(0.2)).as(Allocate::new);
        Arbitrary<Command> vacate = Combinators.combine(Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 500)).as(Vacate::new);
        return Arbitraries.oneOf(allocate, allocate, vacate).list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<Period> periods() {
        return Combinators.combine(Arbitraries.integers().between(0, 300),
                        Arbitraries.integers().between(0, 90).injectNull(0.2))
                .as((start, length) -> new Period(ORIGIN.plusDays(start),
                        length == null ? null : ORIGIN.plusDays(start + length)));
    }
}
