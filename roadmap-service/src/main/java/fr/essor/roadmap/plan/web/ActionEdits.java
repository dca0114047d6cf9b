package fr.essor.roadmap.plan.web;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.roadmap.plan.domain.ActionEdit;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns what a client sent into an {@link ActionEdit}, refusing unknown codes with field violations. */
final class ActionEdits {

    private ActionEdits() {
    }

    /** @param replace PUT semantics: everything is given, absent means empty */
    static ActionEdit from(ActionChangeRequest request, boolean replace) {
        List<Violation> violations = new ArrayList<>();
        ActionStatus status = null;
        if (request.status() != null) {
            status = ActionStatus.fromCode(request.status()).orElse(null);
            if (status == null) {
                violations.add(new Violation("status", "status.unknown", "Statut inconnu : « " + request.status()
                        + " » (À venir PLANNED, En cours IN_PROGRESS, Réalisé DONE, En pause PAUSED, Abandonné "
                        + "ABANDONED, Bloqué BLOCKED, En retard LATE)."));
            }
        } else if (replace) {
            violations.add(new Violation("status", "status.required", "Indiquez le statut de l'action."));
        }
        if (replace && request.progress() == null) {
            violations.add(new Violation("progress", "progress.required", "Indiquez l'avancement (0 à 100)."));
        }
        Set<Directorate> leads = directorates("leadDirectorates", request.leadDirectorates(), replace, violations);
        Set<Directorate> coLeads = directorates("coLeadDirectorates", request.coLeadDirectorates(), replace,
                violations);
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
        return new ActionEdit(status, request.progress(), leads, coLeads,
                list(request.partners(), replace), date(request.startDate(), replace),
                date(request.endDate(), replace), list(request.indicatorIds(), replace));
    }

    static Set<Directorate> directorates(String field, List<String> codes, boolean replace,
                                         List<Violation> violations) {
        if (codes == null) {
            return replace ? Set.of() : null;
        }
        Set<Directorate> directorates = EnumSet.noneOf(Directorate.class);
        for (String code : codes) {
            Optional<Directorate> directorate = Directorate.fromCode(code);
            if (directorate.isEmpty()) {
                violations.add(new Violation(field, field + ".unknown", "Direction inconnue : « " + code
                        + " » (DIEESS, DJVA, DTER, DMTA, DPAS, ACHATS)."));
            } else {
                directorates.add(directorate.get());
            }
        }
        return directorates;
    }

    private static List<String> list(List<String> values, boolean replace) {
        return values == null ? (replace ? List.of() : null) : values;
    }

    private static Optional<LocalDate> date(LocalDate date, boolean replace) {
        return date == null ? (replace ? Optional.empty() : null) : Optional.of(date);
    }
}
