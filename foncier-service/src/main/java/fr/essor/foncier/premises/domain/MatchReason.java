package fr.essor.foncier.premises.domain;

/**
 * One reason behind a score, as the cell reads it.
 *
 * @param points what the criterion added to the score (negative for a penalty)
 */
public record MatchReason(Criterion criterion, Verdict verdict, double points, String text) {

    public enum Verdict {
        FAVOURABLE("Favorable"), NEUTRAL("Neutre"), UNFAVOURABLE("Défavorable");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
