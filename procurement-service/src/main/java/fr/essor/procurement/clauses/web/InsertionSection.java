package fr.essor.procurement.clauses.web;

import fr.essor.kit.security.CurrentActor;
import fr.essor.procurement.clauses.application.InsertionFollowUp;
import fr.essor.procurement.web.ContractPageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.Map;

/** Adds the insertion clause follow-up (ledger, lag flag, report form) to the page of an awarded contract. */
@Component
class InsertionSection implements ContractPageSection {

    static final String FIELDS = "insertionFields";
    static final String ERRORS = "insertionErrors";
    static final String SUCCESS = "insertionSuccess";

    private final InsertionFollowUp followUp;
    private final CurrentActor actor;

    InsertionSection(InsertionFollowUp followUp, CurrentActor actor) {
        this.followUp = followUp;
        this.actor = actor;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void addTo(String contractId, Model model) {
        Map<String, String> fields = (Map<String, String>) model.asMap().getOrDefault(FIELDS, Map.of());
        Map<String, String> errors = (Map<String, String>) model.asMap().getOrDefault(ERRORS, Map.of());
        String success = (String) model.asMap().get(SUCCESS);
        followUp.ofContract(contractId).ifPresent(clause -> model.addAttribute("insertion",
                InsertionPanel.of(clause, Facilitators.mayReport(actor), fields, errors, success)));
    }
}
