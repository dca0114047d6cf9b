package fr.essor.funding.aaa.application;

import fr.essor.funding.aaa.domain.Opinion;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;

import java.util.List;

/** An EPT's opinion as the APIs take it (the agents' and the EPTs' own): its code, or a refusal naming the field. */
public final class OpinionCodes {

    private OpinionCodes() {
    }

    /** The opinion a code names; {@code null} for none; an unknown code is refused on the field {@code opinion}. */
    public static Opinion parse(String code) {
        return code == null ? null : Opinion.fromCode(code).orElseThrow(() -> new InvalidCommandException(List.of(
                new Violation("opinion", "opinion.unknown", "Avis inconnu : « " + code
                        + " » (FAVOURABLE, RESERVED ou UNFAVOURABLE)."))));
    }
}
