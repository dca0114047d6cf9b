package fr.essor.foncier.premises.web;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;

import java.util.List;

/** Turns the premises use cases' refusals into the kit's problem+json exceptions. */
final class PremisesProblems {

    private PremisesProblems() {
    }

    static InvalidCommandException invalid(List<Violation> violations) {
        return new InvalidCommandException(violations.stream().toList());
    }

    static NotFoundException noNeed(String id) {
        return new NotFoundException("Aucun besoin de locaux sous la référence " + id + ".");
    }

    static NotFoundException noOffer(String id) {
        return new NotFoundException("Aucune offre de locaux sous la référence " + id + ".");
    }
}
