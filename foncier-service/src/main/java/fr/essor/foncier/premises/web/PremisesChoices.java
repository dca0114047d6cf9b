package fr.essor.foncier.premises.web;

import fr.essor.foncier.premises.domain.NeedStatus;
import fr.essor.foncier.premises.domain.OfferStatus;
import fr.essor.foncier.premises.domain.OwnerType;
import fr.essor.foncier.premises.domain.Tenure;
import fr.essor.foncier.premises.domain.Usage;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The options the premises pages offer: usages, statuses, tenures, owners, and the communes grouped by EPT. */
@Component
class PremisesChoices {

    /** An EPT with its communes, for the grouped checkboxes and selects. */
    record TerritoryCommunes(Choice territory, List<Choice> communes) {
    }

    private final Communes communes;

    PremisesChoices(Communes communes) {
        this.communes = communes;
    }

    List<Choice> usages() {
        return Arrays.stream(Usage.values()).map(u -> new Choice(u.name(), u.label())).toList();
    }

    List<Choice> needStatuses() {
        return Arrays.stream(NeedStatus.values()).map(s -> new Choice(s.name(), s.label())).toList();
    }

    List<Choice> offerStatuses() {
        return Arrays.stream(OfferStatus.values()).map(s -> new Choice(s.name(), s.label())).toList();
    }

    List<Choice> needTenures() {
        return Arrays.stream(Tenure.values()).map(t -> new Choice(t.name(), t.label())).toList();
    }

    List<Choice> offerTenures() {
        return Arrays.stream(Tenure.values()).filter(t -> t != Tenure.EITHER)
                .map(t -> new Choice(t.name(), t.label())).toList();
    }

    List<Choice> ownerTypes() {
        return Arrays.stream(OwnerType.values()).map(o -> new Choice(o.name(), o.label())).toList();
    }

    List<Choice> erpCategories() {
        return List.of(new Choice("1", "1re catégorie (plus de 1 500 personnes)"),
                new Choice("2", "2e catégorie (701 à 1 500 personnes)"),
                new Choice("3", "3e catégorie (301 à 700 personnes)"),
                new Choice("4", "4e catégorie (jusqu'à 300 personnes)"),
                new Choice("5", "5e catégorie (petits établissements)"));
    }

    List<Choice> territories() {
        return communes.territories().stream().map(PremisesChoices::territory).toList();
    }

    List<TerritoryCommunes> communesByTerritory() {
        return communes.territories().stream().map(t -> new TerritoryCommunes(territory(t), communes.all().stream()
                .filter(c -> c.territory().equals(t)).map(c -> new Choice(c.inseeCode(), c.name())).toList()))
                .toList();
    }

    /** The EPT code as typed in a filter, if it is one. */
    Optional<String> territoryCode(String value) {
        return value == null ? Optional.empty() : communes.territories().stream().map(Territory::code)
                .filter(code -> code.equalsIgnoreCase(value.trim())).findFirst();
    }

    String territoryLabel(String code) {
        return communes.territories().stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> territory(t).label()).orElse(code);
    }

    String communeName(String inseeCode) {
        return communes.find(inseeCode).map(Commune::name).orElse(inseeCode);
    }

    private static Choice territory(Territory territory) {
        return new Choice(territory.code(), territory.name() + " (" + territory.code() + ")");
    }
}
