package fr.essor.foncier.intermediation.web;

import fr.essor.foncier.intermediation.application.IntermediationDesk;
import fr.essor.foncier.intermediation.domain.Intermediation;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.ConflictException;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;

import java.util.List;

/** Maps the desk's outcomes to the API: the intermediation, 400 for bad fields, 409 for a step out of turn, 404. */
final class IntermediationProblems {

    private IntermediationProblems() {
    }

    static Intermediation result(IntermediationDesk.Outcome outcome) {
        return switch (outcome) {
            case IntermediationDesk.Done done -> done.intermediation();
            case IntermediationDesk.Rejected rejected -> throw refused(rejected.refusals());
            case IntermediationDesk.Unknown unknown -> throw notFound(unknown.what());
        };
    }

    static RuntimeException refused(List<Violation> refusals) {
        if (refusals.stream().allMatch(r -> r.field().equals("step"))) {
            return new ConflictException(String.join(" ", refusals.stream().map(Violation::message).toList()));
        }
        return new InvalidCommandException(refusals.stream().toList());
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("Aucune mise en relation, aucun besoin ni aucune offre sous la référence " + id
                + ".");
    }
}
