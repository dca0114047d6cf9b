package fr.essor.foncier.premises.domain;

import java.util.List;

/** How well an offer answers a need: a scored match, or the reason it must never be proposed. */
public sealed interface Assessment permits Assessment.Proposable, Assessment.Excluded {

    List<MatchReason> reasons();

    /** A match the cell may propose, scored from 0 to 100. */
    record Proposable(int score, List<MatchReason> reasons) implements Assessment {
        public Proposable {
            reasons = List.copyOf(reasons);
        }
    }

    /** Never proposed: outside the need's surface range or usages, or one side is no longer in play. */
    record Excluded(List<MatchReason> reasons) implements Assessment {
        public Excluded {
            reasons = List.copyOf(reasons);
        }
    }
}
