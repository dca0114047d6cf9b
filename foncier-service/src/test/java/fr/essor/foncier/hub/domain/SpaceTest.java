package fr.essor.foncier.hub.domain;

import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SpaceTest {

    static final Instant NOW = Instant.parse("2026-03-04T09:00:00Z");
    static final LocalDate SEPT = LocalDate.of(2026, 9, 1);

    static Space workshop(String id, String building, int surface, SpaceType type) {
        return Space.create(id, building, new SpaceDetails("Atelier " + id, surface, "RDC", type,
                List.of("Eau", "Triphasé"), true), "pole", NOW);
    }

    static Space allocated(Space space, String allocationId, LocalDate start, LocalDate end) {
        return ((Space.Moved) space.allocate(allocationId, "CAND-" + allocationId, "W931004567", "Recyclerie",
                new Period(start, end), "pole", NOW)).space();
    }

    @Test
    void anAllocationPublishesTheSpaceAndOccupantAndRaisesTheVersion() {
        Space.Moved moved = (Space.Moved) workshop("IRD-B04-001", "B04", 85, SpaceType.PRODUCTIVE).allocate("ALLOC-1",
                "CAND-1", "W931004567", "Recyclerie", new Period(SEPT, SEPT.plusYears(2).minusDays(1)), "pole", NOW);

        assertThat(moved.space().version()).isEqualTo(2);
        assertThat(moved.events()).singleElement().isInstanceOfSatisfying(SpaceAllocated.class, e -> {
            assertThat(e.allocation().organisationName()).isEqualTo("Recyclerie");
            assertThat(e.space().version()).isEqualTo(2);
            assertThat(e.recordedBy()).isEqualTo("pole");
        });
        assertThat(moved.space().occupantOn(SEPT.plusMonths(3))).isPresent();
        assertThat(moved.space().occupantOn(SEPT.minusDays(1))).isEmpty();
    }

    @Test
    void anOverlappingAllocationIsRefusedNamingWhoHoldsTheSpaceAndWhen() {
        Space taken = allocated(workshop("IRD-B04-001", "B04", 85, SpaceType.PRODUCTIVE), "A1", SEPT,
                LocalDate.of(2027, 8, 31));

        Space.Outcome clash = taken.allocate("A2", "C2", "W931004568", "Atelier Vélo",
                new Period(LocalDate.of(2027, 8, 31), null), "pole", NOW);

        assertThat(clash).isInstanceOfSatisfying(Space.Refused.class, r -> assertThat(r.refusals()).singleElement()
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("space.alreadyAllocated");
                    assertThat(refusal.message()).contains("Recyclerie", "01/09/2026", "31/08/2027");
                }));
        assertThat(taken.allocate("A2", "C2", "W931004568", "Atelier Vélo",
                new Period(LocalDate.of(2027, 9, 1), null), "pole", NOW)).isInstanceOf(Space.Moved.class);
    }

    @Test
    void anOpenEndedAllocationTakesEveryLaterDayUntilTheSpaceIsVacated() {
        Space taken = allocated(workshop("IRD-B01-001", "B01", 40, SpaceType.TERTIARY), "A1", SEPT, null);
        assertThat(taken.allocate("A2", "C2", "W931004568", "Atelier Vélo",
                new Period(LocalDate.of(2031, 1, 1), null), "pole", NOW)).isInstanceOf(Space.Refused.class);

        Space.Moved vacated = (Space.Moved) taken.vacate("A1", LocalDate.of(2027, 3, 31), "pole", NOW);

        assertThat(vacated.events()).singleElement().isInstanceOfSatisfying(SpaceVacated.class, e ->
                assertThat(e.allocation().vacatedOn()).isEqualTo(LocalDate.of(2027, 3, 31)));
        assertThat(vacated.space().wasVacated()).isTrue();
        assertThat(vacated.space().allocate("A2", "C2", "W931004568", "Atelier Vélo",
                new Period(LocalDate.of(2027, 4, 1), null), "pole", NOW)).isInstanceOf(Space.Moved.class);
    }

    @Test
    void vacatingTwiceBeforeTheStartOrAfterThePlannedEndIsRefused() {
        Space taken = allocated(workshop("IRD-B01-001", "B01", 40, SpaceType.TERTIARY), "A1", SEPT,
                LocalDate.of(2027, 8, 31));

        assertThat(codes(taken.vacate("A1", SEPT.minusDays(1), "pole", NOW))).containsExactly("lastDay.beforeStart");
        assertThat(codes(taken.vacate("A1", LocalDate.of(2027, 9, 1), "pole", NOW)))
                .containsExactly("lastDay.afterEnd");
        assertThat(codes(taken.vacate("NOPE", SEPT, "pole", NOW))).containsExactly("allocation.unknown");
        Space left = ((Space.Moved) taken.vacate("A1", LocalDate.of(2027, 8, 31), "pole", NOW)).space();
        assertThat(codes(left.vacate("A1", LocalDate.of(2027, 8, 31), "pole", NOW)))
                .containsExactly("allocation.vacated");
    }

    @Test
    void occupancyCountsTheSurfaceTakenOnTheDayOverallPerBuildingAndPerType() {
        Space a = allocated(workshop("S1", "B01", 100, SpaceType.TERTIARY), "A1", SEPT, null);
        Space b = workshop("S2", "B01", 300, SpaceType.PRODUCTIVE);
        Space c = allocated(workshop("S3", "B02", 50, SpaceType.PRODUCTIVE), "A3", SEPT.plusMonths(1), null);
        List<Space> hub = List.of(a, b, c);

        assertThat(Occupancy.overall(hub, SEPT).rate()).isEqualByComparingTo("22.2");
        assertThat(Occupancy.overall(hub, SEPT.plusMonths(1)).occupiedSurface()).isEqualTo(150);
        assertThat(Occupancy.byBuilding(hub, SEPT.plusMonths(1)).get("B01").rate()).isEqualByComparingTo("25.0");
        assertThat(Occupancy.byBuilding(hub, SEPT.plusMonths(1)).get("B02").rate()).isEqualByComparingTo("100.0");
        assertThat(Occupancy.byType(hub, SEPT.plusMonths(1)).get("PRODUCTIVE").occupiedSurface()).isEqualTo(50);
        assertThat(Occupancy.overall(List.of(), SEPT).rate()).isEqualByComparingTo("0");
    }

    @Test
    void aVacatedSpaceGoesToTheFirstFittingApplicationOnTheWaitingList() {
        OccupancyCall call = new OccupancyCall("AAO-2026-01", "Appel 2026", "", Set.of(SpaceType.PRODUCTIVE),
                List.of("Ancrage local"), LocalDate.of(2026, 6, 30), NOW, "pole");
        OccupancyApplication tooBig = waiting(call, "CAND-1", 400, NOW);
        OccupancyApplication first = waiting(call, "CAND-2", 80, NOW.plusSeconds(60));
        OccupancyApplication second = waiting(call, "CAND-3", 90, NOW.plusSeconds(120));
        Space space = workshop("S1", "B04", 85, SpaceType.PRODUCTIVE);
        WaitingList list = new WaitingList(List.of(second, tooBig, first), Set.of());

        assertThat(list.firstFor(space)).as("never vacated: no priority").isEmpty();
        Space vacated = ((Space.Moved) allocated(space, "A1", SEPT, null)
                .vacate("A1", LocalDate.of(2027, 1, 31), "pole", NOW)).space();
        assertThat(list.firstFor(vacated)).contains(first);
        assertThat(list.check(vacated, "CAND-3")).hasValueSatisfying(r ->
                assertThat(r.code()).isEqualTo("waitingList.first"));
        assertThat(list.check(vacated, "CAND-2")).isEmpty();
        assertThat(new WaitingList(List.of(first, second), Set.of("CAND-2")).firstFor(vacated)).contains(second);
    }

    @Test
    void anApplicationIsRefusedAfterTheDeadlineOrIncompleteAndARejectionIsExplained() {
        OccupancyCall call = new OccupancyCall("AAO-2026-01", "Appel 2026", "", Set.of(SpaceType.PRODUCTIVE),
                List.of(), LocalDate.of(2026, 3, 1), NOW, "pole");
        Project empty = new Project(" ", null, null, null, null, null, null, false);

        assertThat(((OccupancyApplication.Refused) OccupancyApplication.submit("C1", call, "W931004567", "Recyclerie",
                empty, "pole", NOW, LocalDate.of(2026, 3, 4))).refusals()).extracting(Violation::code)
                .containsExactly("call.closed", "title.required", "intendedUse.required", "wishedType.required",
                        "wishedSurface.required", "startDate.required", "durationMonths.required",
                        "contribution.required");
        Project oversized = new Project("t".repeat(OccupancyApplication.MAX_TITLE + 1),
                "u".repeat(OccupancyApplication.MAX_TEXT + 1), SpaceType.PRODUCTIVE, OccupancyApplication.MAX_SURFACE + 1,
                LocalDate.of(2999, 1, 1), OccupancyApplication.MAX_MONTHS + 1,
                "c".repeat(OccupancyApplication.MAX_TEXT + 1), false);
        OccupancyCall open = new OccupancyCall("AAO-2026-02", "Appel 2026", "", Set.of(SpaceType.PRODUCTIVE),
                List.of(), LocalDate.of(2099, 1, 1), NOW, "pole");
        assertThat(((OccupancyApplication.Refused) OccupancyApplication.submit("C3", open, "W931004567",
                "Recyclerie", oversized, "pole", NOW, LocalDate.of(2026, 3, 4))).refusals())
                .extracting(Violation::code).containsExactly("title.too-long", "intendedUse.too-long",
                        "wishedSurface.range", "durationMonths.range", "contribution.too-long",
                        "startDate.date-range");
        OccupancyApplication application = waiting(call, "C2", 80, NOW);
        assertThat(application.decide(ApplicationStatus.REJECTED, "", "pole", NOW))
                .isInstanceOf(OccupancyApplication.Refused.class);
        assertThat(((OccupancyApplication.Refused) application.decide(ApplicationStatus.REJECTED,
                "n".repeat(OccupancyApplication.MAX_TEXT + 1),
                "pole", NOW)).refusals()).extracting(Violation::code).containsExactly("note.too-long");
        assertThat(((OccupancyApplication.Decided) application.decide(ApplicationStatus.SELECTED, null, "pole",
                NOW)).application().status()).isEqualTo(ApplicationStatus.SELECTED);
    }

    @Test
    void anApplicationAtEachBoundIsAcceptedAndANegativeSurfaceIsOutOfRangeNotMissing() {
        OccupancyCall open = new OccupancyCall("AAO-2026-02", "Appel 2026", "", Set.of(SpaceType.PRODUCTIVE),
                List.of(), LocalDate.of(2099, 1, 1), NOW, "pole");
        Project atTheBounds = new Project("t".repeat(OccupancyApplication.MAX_TITLE), "Atelier", SpaceType.PRODUCTIVE,
                OccupancyApplication.MAX_SURFACE, SEPT, OccupancyApplication.MAX_MONTHS, "Ateliers ouverts", false);
        Project negative = new Project("Atelier", "Atelier", SpaceType.PRODUCTIVE, -5, SEPT, 0, "Ateliers", false);

        assertThat(OccupancyApplication.submit("C4", open, "W931004567", "Recyclerie", atTheBounds, "pole", NOW,
                LocalDate.of(2026, 3, 4))).isInstanceOf(OccupancyApplication.Decided.class);
        assertThat(OccupancyApplication.check(open, negative, LocalDate.of(2026, 3, 4))).extracting(Violation::code)
                .containsExactly("wishedSurface.range", "durationMonths.range");
    }

    static OccupancyApplication waiting(OccupancyCall call, String id, int wished, Instant at) {
        OccupancyApplication submitted = ((OccupancyApplication.Decided) OccupancyApplication.submit(id,
                new OccupancyCall(call.id(), call.title(), "", call.spaceTypes(), call.criteria(),
                        LocalDate.of(2099, 1, 1), NOW, "pole"), "W93100456" + id.charAt(id.length() - 1),
                "Structure " + id, new Project("Projet " + id, "Atelier", SpaceType.PRODUCTIVE, wished, SEPT, 24,
                        "Ateliers ouverts", true), "pole", at, LocalDate.of(2026, 3, 4))).application();
        return ((OccupancyApplication.Decided) submitted.decide(ApplicationStatus.WAITING_LIST, null, "pole", at))
                .application();
    }

    private static List<String> codes(Space.Outcome outcome) {
        return ((Space.Refused) outcome).refusals().stream().map(Violation::code).toList();
    }

    @Test
    void aSpacesNameAndFloorAreLengthLimitedAndATooLongOneIsNotCalledMissing() {
        assertThat(new SpaceDetails("x".repeat(100_000), 40, "y".repeat(51), SpaceType.CREATIVE, List.of(), true)
                .check()).extracting(Violation::code).containsExactly("name.too-long", "floor.too-long");
        assertThat(new SpaceDetails(" ", 0, null, null, List.of(), true).check()).extracting(Violation::code)
                .containsExactly("name.required", "surface.range", "type.required");
        assertThat(new SpaceDetails("Atelier", 40, "RDC", SpaceType.CREATIVE, List.of(), true).check()).isEmpty();
    }

    @Test
    void aCallsTitleAndDescriptionAreLengthLimitedAndItsDeadlineInTheWindow() {
        LocalDate today = LocalDate.of(2026, 3, 4);
        assertThat(OccupancyCall.check("x".repeat(201), "y".repeat(100_000), Set.of(SpaceType.CREATIVE),
                List.of("Ancrage local"), LocalDate.of(2999, 1, 1), today)).extracting(Violation::code)
                .containsExactly("title.too-long", "description.too-long", "deadline.date-range");
        assertThat(OccupancyCall.check("Appel 2026", null, Set.of(SpaceType.CREATIVE), List.of("Ancrage local"),
                today, today)).isEmpty();
    }
}
