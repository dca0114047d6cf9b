package fr.essor.procurement.web;

import org.springframework.ui.Model;

/** A feature that adds its own section to a contract's page (e.g. the insertion clause follow-up). */
public interface ContractPageSection {

    /** Adds what the section's fragment needs to the model of the contract's page. */
    void addTo(String contractId, Model model);
}
