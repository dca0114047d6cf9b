package fr.essor.procurement.clauses.application;

import fr.essor.procurement.clauses.domain.ClauseProgress;
import fr.essor.procurement.clauses.domain.ClauseTerms;
import fr.essor.procurement.clauses.domain.InsertionLedger;

/** An awarded contract with an insertion clause: its terms, its hours ledger and where it stands. */
public record ClauseOfContract(ClauseTerms terms, InsertionLedger ledger, ClauseProgress progress) {
}
