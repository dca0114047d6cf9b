package fr.essor.roadmap.plan.web;

import fr.essor.roadmap.plan.application.ActionText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActionTextTest {

    @Test
    void aBudgetLineInTheHistoryIsWrittenInEurosNotAsStored() {
        assertThat(ActionText.historyValue("budget.2026", "15000.00 / 2500.50"))
                .isEqualTo("15\u202f000,00 € / 2\u202f500,50 €");
        assertThat(ActionText.fieldLabel("budget.2026")).isEqualTo("Budget 2026 (prévu / dépensé)");
        assertThat(ActionText.historyValue("budget.2026", "")).isEqualTo("—");
    }
}
