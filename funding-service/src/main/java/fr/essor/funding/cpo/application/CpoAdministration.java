package fr.essor.funding.cpo.application;

import fr.essor.funding.aaa.application.Agents;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.kit.domain.Violation;
import fr.essor.funding.cpo.domain.Cpo;
import fr.essor.funding.cpo.domain.CpoOutcome;
import fr.essor.funding.cpo.domain.CpoTerms;
import fr.essor.funding.cpo.domain.Objective;
import fr.essor.funding.cpo.domain.YearlyAmount;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.security.Actor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** The use cases of multi-year objectives agreements: draw one up, sign it, review its years, record payments. */
public class CpoAdministration {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Cpos cpos;
    private final Organisations organisations;
    private final Clock clock;

    public CpoAdministration(Cpos cpos, Organisations organisations, Clock clock) {
        this.cpos = cpos;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The terms as typed in: the organisation by its SIRET or RNA, the lead directorate by its code. */
    public record Draft(String organisation, String leadDirectorate, String title, List<Objective> objectives,
                        List<YearlyAmount> years, String decisionReference, LocalDate decidedOn) {
    }

    public sealed interface Result {
    }

    public record Done(CpoOutcome outcome) implements Result {
    }

    public record Unknown(String id) implements Result {
    }

    public Optional<Cpo> find(String id) {
        return cpos.find(id);
    }

    public List<Cpo> all() {
        return cpos.all();
    }

    public CpoOutcome draw(Draft draft, Actor actor) {
        String identifier = draft.organisation() == null ? "" : draft.organisation().replace(" ", "").strip();
        Optional<Organisation> organisation = identifier.isEmpty() ? Optional.empty()
                : organisations.findByIdentifier(identifier);
        Directorate lead = draft.leadDirectorate() == null ? null
                : Directorate.fromCode(draft.leadDirectorate().strip()).orElse(null);
        CpoTerms terms = new CpoTerms(organisation.map(Organisation::id).orElse(null),
                organisation.map(o -> o.details().name()).orElse(null),
                organisation.map(o -> o.details().commune().territory().code()).orElse(null), lead, draft.title(),
                draft.objectives(), draft.years(), draft.decisionReference(), draft.decidedOn());
        Instant at = clock.instant();
        // the terms are checked once, by the domain; an id is taken only for terms it accepts
        CpoOutcome outcome = Cpo.draw(() -> cpos.nextId(terms.fromYear()), terms, today(at), Agents.of(actor), at);
        if (outcome instanceof CpoOutcome.Changed changed) {
            cpos.add(changed.cpo());
        }
        Optional<Violation> unknownLead = CpoTerms.unknownDirectorate(draft.leadDirectorate());
        if (outcome instanceof CpoOutcome.Invalid invalid
                && (!identifier.isEmpty() && organisation.isEmpty() || unknownLead.isPresent())) {
            // name the identifier nobody registered rather than ask to choose an organisation, and the same for
            // a directorate code
            List<Violation> violations = new ArrayList<>();
            if (!identifier.isEmpty() && organisation.isEmpty()) {
                violations.add(new Violation("organisation", "organisation.unknown", "Aucune structure du "
                        + "répertoire sous le SIRET ou RNA « " + abbreviated(identifier) + " »."));
            }
            unknownLead.ifPresent(violations::add);
            invalid.violations().stream().filter(v -> violations.stream().noneMatch(u -> u.field().equals(v.field())))
                    .forEach(violations::add);
            return new CpoOutcome.Invalid(violations);
        }
        return outcome;
    }

    private static String abbreviated(String identifier) {
        return identifier.length() > 40 ? identifier.substring(0, 40) + "…" : identifier;
    }

    public Result sign(String id, LocalDate signedOn, Actor actor) {
        return apply(id, (cpo, at) -> cpo.sign(signedOn, today(at), Agents.of(actor), at));
    }

    public Result review(String id, int year, LocalDate reviewedOn, boolean favourable, String comment,
                         Actor actor) {
        return apply(id, (cpo, at) -> cpo.review(year, reviewedOn, favourable, comment, today(at),
                Agents.of(actor), at));
    }

    public Result pay(String id, int instalment, BigDecimal amount, LocalDate paidOn, Actor actor) {
        return apply(id, (cpo, at) -> cpo.pay(instalment, amount, paidOn, today(at), Agents.of(actor), at));
    }

    private Result apply(String id, BiFunction<Cpo, Instant, CpoOutcome> change) {
        Optional<Cpo> found = cpos.find(id);
        if (found.isEmpty()) {
            return new Unknown(id);
        }
        CpoOutcome outcome = change.apply(found.get(), clock.instant());
        if (outcome instanceof CpoOutcome.Changed changed) {
            cpos.save(changed.cpo(), found.get().version(), changed.events());
        }
        return new Done(outcome);
    }

    private static LocalDate today(Instant at) {
        return LocalDate.ofInstant(at, PARIS);
    }
}
