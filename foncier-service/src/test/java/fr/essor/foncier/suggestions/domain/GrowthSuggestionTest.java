package fr.essor.foncier.suggestions.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GrowthSuggestionTest {

    private static final Instant NOW = Instant.parse("2026-05-13T08:00:00Z");

    @Test
    void anInvestmentOrMixedGrantSuggestsPremisesWhateverTheProgramme() {
        assertThat(GrowthSuggestion.from(award("OTHER", "INVESTMENT"), NOW)).hasValueSatisfying(s ->
                assertThat(s.reason()).isEqualTo(GrowthReason.INVESTMENT_GRANT));
        assertThat(GrowthSuggestion.from(award("AAA", "MIXED"), NOW)).hasValueSatisfying(s ->
                assertThat(s.reason()).isEqualTo(GrowthReason.INVESTMENT_GRANT));
    }

    @Test
    void anAppelAAgirLaureateWithAnOperatingGrantIsANewLaureateAndAnOtherOperatingGrantSuggestsNothing() {
        assertThat(GrowthSuggestion.from(award("AAA", "OPERATING"), NOW)).hasValueSatisfying(s ->
                assertThat(s.reason()).isEqualTo(GrowthReason.NEW_LAUREATE));
        assertThat(GrowthSuggestion.from(award("OTHER", "OPERATING"), NOW)).isEmpty();
    }

    @Test
    void aSuggestionIsKeyedByTheAwardedApplicationSoAReplayedGrantFindsIt() {
        GrowthSuggestion first = GrowthSuggestion.from(award("AAA", "INVESTMENT"), NOW).orElseThrow();
        GrowthSuggestion again = GrowthSuggestion.from(award("AAA", "INVESTMENT"), NOW.plusSeconds(60)).orElseThrow();

        assertThat(again.id()).isEqualTo(first.id()).isEqualTo("AAA-2026-0042");
    }

    @Test
    void dismissingRecordsWhoAndWhenAndASecondDismissalIsRefused() {
        GrowthSuggestion open = GrowthSuggestion.from(award("AAA", "INVESTMENT"), NOW).orElseThrow();

        GrowthSuggestion.DismissalResult result = open.dismiss("sens", NOW.plusSeconds(3600));

        assertThat(result).isInstanceOfSatisfying(GrowthSuggestion.Dismissed.class, d -> {
            assertThat(d.suggestion().open()).isFalse();
            assertThat(d.suggestion().dismissedBy()).isEqualTo("sens");
            assertThat(d.suggestion().dismissedAt()).isEqualTo(NOW.plusSeconds(3600));
        });
        GrowthSuggestion dismissed = ((GrowthSuggestion.Dismissed) result).suggestion();
        assertThat(dismissed.dismiss("admin", NOW.plusSeconds(7200)))
                .isInstanceOfSatisfying(GrowthSuggestion.AlreadyDismissed.class, a ->
                        assertThat(a.suggestion().dismissedBy()).isEqualTo("sens"));
    }

    private static GrantAward award(String programme, String nature) {
        return new GrantAward("AAA-2026-0042", programme, "AAA-2026", "84129031700012", "Recyclerie",
                "Atelier vélo", new BigDecimal("15000.00"), nature, "T6", List.of("93066"),
                LocalDate.parse("2026-05-12"), NOW);
    }
}
