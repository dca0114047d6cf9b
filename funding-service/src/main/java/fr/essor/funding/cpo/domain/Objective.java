package fr.essor.funding.cpo.domain;

/** One objective of a CPO and the indicator that measures it, with its target as written in the agreement. */
public record Objective(String label, String indicator, String target) {

    public Objective {
        label = label == null ? "" : label.strip();
        indicator = indicator == null ? "" : indicator.strip();
        target = target == null ? "" : target.strip();
    }
}
