package fr.essor.funding.aaa.web;

import fr.essor.funding.aaa.application.Instruction;
import fr.essor.funding.aaa.domain.ApplicationOutcome;
import fr.essor.kit.domain.Violation;

import java.util.stream.Collectors;

/** What a bulk action did to one application: applied, nothing to change, or refused and why. */
record BulkResult(String applicationId, boolean done, String message) {

    static BulkResult of(String id, Instruction.Result result, String success) {
        return switch (result) {
            case Instruction.Unknown unknown -> new BulkResult(id, false, "Candidature introuvable.");
            case Instruction.Done done -> switch (done.outcome()) {
                case ApplicationOutcome.Changed changed -> new BulkResult(id, true,
                        success + " Statut : " + changed.application().status().label() + ".");
                case ApplicationOutcome.Unchanged unchanged -> new BulkResult(id, true, "Déjà fait : rien à changer.");
                case ApplicationOutcome.Invalid invalid -> new BulkResult(id, false, invalid.violations().stream()
                        .map(Violation::message).distinct().collect(Collectors.joining(" ")));
                case ApplicationOutcome.NotAllowedNow notNow -> new BulkResult(id, false, notNow.message());
                case ApplicationOutcome.Forbidden forbidden -> new BulkResult(id, false, forbidden.reason());
            };
        };
    }
}
