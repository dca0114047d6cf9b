package fr.essor.foncier.premises.web;

import fr.essor.foncier.premises.domain.NeedDetails;
import fr.essor.foncier.premises.domain.NeedForm;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Territory;
import fr.essor.kit.ui.FrenchFormat;

import java.util.List;

import org.springframework.util.MultiValueMap;

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

    /**
     * The form as typed before the detour through the registration page, which gives the fields back as query
     * parameters; blank when none came back.
     */
    static NeedFields kept(MultiValueMap<String, String> params) {
        NeedFields blank = blank();
        return new NeedFields(params.getOrDefault("organisationId", List.of(blank.organisationId)).get(0),
                params.getOrDefault("usages", blank.usages), one(params, "surfaceMin", blank.surfaceMin),
                one(params, "surfaceMax", blank.surfaceMax), params.getOrDefault("communeInsees", blank.communeInsees),
                params.getOrDefault("territoryCodes", blank.territoryCodes),
                one(params, "maxRentPerSquareMetre", blank.maxRentPerSquareMetre),
                one(params, "neededFrom", blank.neededFrom), one(params, "tenure", blank.tenure),
                one(params, "durationMonths", blank.durationMonths),
                params.containsKey("accessibilityRequired") ? Boolean.valueOf(one(params, "accessibilityRequired", ""))
                        : blank.accessibilityRequired,
                params.containsKey("erpRequired") ? Boolean.valueOf(one(params, "erpRequired", "")) : blank.erpRequired,
                one(params, "notes", blank.notes), null);
    }

    private static String one(MultiValueMap<String, String> params, String name, String otherwise) {
        String value = params.getFirst(name);
        return value == null ? otherwise : value;
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
                FrenchFormat.date(d.neededFrom()), d.tenure().name(),
                d.durationMonths() == null ? "" : d.durationMonths().toString(), d.accessibilityRequired(),
                d.erpRequired(), d.notes() == null ? "" : d.notes(), need.status().name());
    }

    /** The form for the domain; {@code forChange} leaves the organisation out, since a need never changes hands. */
    /** The same fields naming the structure by the identifier a search found for what was typed. */
    NeedFields withOrganisationId(String identifier) {
        return new NeedFields(identifier, usages, surfaceMin, surfaceMax, communeInsees, territoryCodes,
                maxRentPerSquareMetre, neededFrom, tenure, durationMonths, accessibilityRequired, erpRequired, notes,
                status);
    }

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
