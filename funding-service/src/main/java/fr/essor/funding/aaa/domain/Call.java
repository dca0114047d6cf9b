package fr.essor.funding.aaa.domain;

import fr.essor.kit.domain.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One edition of the Appel à Agir « In Seine-Saint-Denis », known by its year ({@code AAA-2026}). The DMTA sets it up
 * and may change it; its year never changes.
 */
public final class Call {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CallDefinition definition;
    private final long version;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant updatedAt;
    private final String updatedBy;

    public Call(CallDefinition definition, long version, Instant createdAt, String createdBy, Instant updatedAt,
                String updatedBy) {
        this.definition = definition;
        this.version = version;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public static String idOf(int year) {
        return "AAA-" + year;
    }

    /** What setting up or changing a call gave: the call, or the rules it breaks. */
    public sealed interface Outcome {
    }

    public record Defined(Call call) implements Outcome {
    }

    public record Refused(List<Violation> violations) implements Outcome {
    }

    public static Outcome define(CallDefinition definition, String by, Instant at) {
        List<Violation> violations = definition.check();
        return violations.isEmpty() ? new Defined(new Call(definition, 1, at, by, at, by)) : new Refused(violations);
    }

    /** Changes the call before it opens; once applications may come in, its rules stay as they were announced. */
    public Outcome redefine(CallDefinition changed, String by, Instant at) {
        if (hasOpenedBy(at)) {
            return new Refused(List.of(new Violation("call", "call.opened", "L'appel " + definition.year()
                    + " est ouvert depuis le " + FRENCH_DATE.format(definition.opensOn())
                    + " : ses règles ne se modifient plus.")));
        }
        if (changed.year() != definition.year()) {
            return new Refused(List.of(new Violation("year", "year.immutable",
                    "L'année d'une édition ne change pas : créez un autre appel.")));
        }
        List<Violation> violations = changed.check();
        return violations.isEmpty() ? new Defined(new Call(changed, version + 1, createdAt, createdBy, at, by))
                : new Refused(violations);
    }

    /** Whether the opening day has come (Paris time): from then on the call is no longer changed. */
    public boolean hasOpenedBy(Instant at) {
        return !LocalDate.ofInstant(at, PARIS).isBefore(definition.opensOn());
    }

    /** Whether applications may be submitted on this date (opening and closing days included). */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(definition.opensOn()) && !day.isAfter(definition.closesOn());
    }

    public String id() {
        return definition.callId();
    }

    public int year() {
        return definition.year();
    }

    public CallDefinition definition() {
        return definition;
    }

    public ScoringGrid grid() {
        return definition.grid();
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
