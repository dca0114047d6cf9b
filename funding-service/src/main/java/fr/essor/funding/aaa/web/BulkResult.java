package fr.essor.funding.aaa.web;

import fr.essor.funding.aaa.application.BulkInstruction;

/** What a bulk action did to one application, as the list's page says it: applied, nothing to change, or refused. */
record BulkResult(String applicationId, boolean done, String message) {

    static BulkResult of(BulkInstruction.Each each, String success) {
        return switch (each) {
            case BulkInstruction.Done done when done.changed() -> new BulkResult(done.applicationId(), true,
                    success + " Statut : " + done.application().status().label() + ".");
            case BulkInstruction.Done unchanged -> new BulkResult(unchanged.applicationId(), true,
                    "Déjà fait : rien à changer.");
            case BulkInstruction.Refused refused -> new BulkResult(refused.applicationId(), false, refused.reason());
        };
    }
}
