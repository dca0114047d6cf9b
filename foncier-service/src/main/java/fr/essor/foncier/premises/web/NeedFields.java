package fr.essor.foncier.premises.web;

import fr.essor.foncier.premises.domain.NeedDetails;
import fr.essor.foncier.premises.domain.NeedForm;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Territory;

import java.util.List;

/**
 * The need form as the browser posts it: every value as typed, so that a refused form comes back unchanged. Dates
 * come from {@code <input type="date">} (ISO) or are typed as {@code jj/mm/aaaa}; the domain reads both.
 */
record NeedFields(String organisationId, List<String> usages, String surfaceMin, String surfaceMax,
                  List<String> communeInsees, List<String> territoryCodes, String maxRentPerSquareMetre,
                  String neededFrom, String tenure, String durationMonths, Boolean accessibilityRequired,
                  Boolean erpRequired, String notes, String status) {

    NeedFields {
        usages = usages == null ? List.of() : List.copyOf(usages);
        communeInsees = communeInsees == null ? List.of() : List.copyOf(communeInsees);
        territoryCodes = territoryCodes == null ? List.of() : List.copyOf(territoryCodes);
    }

    static NeedFields blank() {
        return new NeedFields("", List.of(), "", "", List.of(), List.of(), "", "", "EITHER", "", false, false, "",
                null);
    }

    NeedFields forOrganisation(String id) {
        return id == null || id.isBlank() ? this : new NeedFields(id.trim(), usages, surfaceMin, surfaceMax,
                communeInsees, territoryCodes, maxRentPerSquareMetre, neededFrom, tenure, durationMonths,
                accessibilityRequired, erpRequired, notes, status);
    }

    static NeedFields of(PremisesNeed need) {
        NeedDetails d = need.details();
        return new NeedFields(need.organisation().id(), d.usages().stream().sorted().map(Enum::name).toList(),
                Integer.toString(d.surface().min()), Integer.toString(d.surface().max()),
                d.communes().stream().map(Commune::inseeCode).toList(),
                d.territories().stream().map(Territory::code).toList(),
                d.maxRentPerSquareMetre() == null ? "" : d.maxRentPerSquareMetre().toPlainString().replace('.', ','),
                d.neededFrom().toString(), d.tenure().name(),
                d.durationMonths() == null ? "" : d.durationMonths().toString(), d.accessibilityRequired(),
                d.erpRequired(), d.notes() == null ? "" : d.notes(), need.status().name());
    }

    /** The form for the domain; {@code forChange} leaves the organisation out, since a need never changes hands. */
    NeedForm toForm(boolean forChange) {
        return new NeedForm(forChange ? null : organisationId, usages, surfaceMin, surfaceMax, communeInsees,
                territoryCodes, maxRentPerSquareMetre, neededFrom, tenure, durationMonths,
                Boolean.TRUE.equals(accessibilityRequired), Boolean.TRUE.equals(erpRequired), notes);
    }

    public boolean accessibility() {
        return Boolean.TRUE.equals(accessibilityRequired);
    }

    public boolean erp() {
        return Boolean.TRUE.equals(erpRequired);
    }
}
