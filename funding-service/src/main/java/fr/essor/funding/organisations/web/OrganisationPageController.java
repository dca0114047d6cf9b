package fr.essor.funding.organisations.web;

import fr.essor.funding.web.PortfolioText;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.cpo.domain.Cpo;
import fr.essor.funding.guarantees.domain.LoanGuarantee;
import fr.essor.funding.organisations.application.OrganisationOverview;
import fr.essor.funding.organisations.domain.DoubleFunding;
import fr.essor.funding.scic.domain.ScicStake;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/**
 * The cross-directorate page of an organisation: its Appel à Agir applications and grants, its CPOs, its SCIC stake, its
 * guaranteed loans, and a warning when one project seems funded twice. Directorates' agents only: an EPT account
 * sees its territory's applications through the Appel à Agir pages.
 */
@Controller
class OrganisationPageController {

    private final OrganisationOverview overview;
    private final Organisations organisations;
    private final CurrentActor currentActor;

    OrganisationPageController(OrganisationOverview overview, Organisations organisations, CurrentActor currentActor) {
        this.overview = overview;
        this.organisations = organisations;
        this.currentActor = currentActor;
    }

    record OrganisationRow(String id, String name, String legalForm, String commune) {
        static OrganisationRow of(Organisation o) {
            return new OrganisationRow(o.id(), o.details().name(), o.details().legalForm().label(),
                    o.details().commune().name() + " (" + o.details().commune().territory().name() + ")");
        }
    }

    record ApplicationLine(String id, int year, String title, String status, String requested, String granted) {
        static ApplicationLine of(Application a) {
            return new ApplicationLine(a.id(), a.callYear(), a.details().title(), a.status().label(),
                    PortfolioText.euros(a.details().amounts().total()),
                    a.decision().filter(d -> d.granted()).map(d -> PortfolioText.euros(d.amount())).orElse("—"));
        }
    }

    record CpoLine(String id, String title, String years, String lead, String status, String total,
                   String paid) {
        static CpoLine of(Cpo c) {
            return new CpoLine(c.id(), c.terms().title(), c.terms().fromYear() + "-" + c.terms().toYear(),
                    c.terms().leadDirectorate().label(), c.status().label(), PortfolioText.euros(c.terms().total()),
                    PortfolioText.euros(c.totalPaid()));
        }
    }

    record StakeLine(String id, String scicName, String status, String capitalHeld, String percent) {
        static StakeLine of(ScicStake s) {
            return new StakeLine(s.id(), s.scicName(), s.status().label(),
                    PortfolioText.euros(s.holding() == null ? null : s.holding().capitalHeld()),
                    PortfolioText.percent(s.holding() == null ? null : s.holding().percent()));
        }
    }

    record GuaranteeLine(String id, String lender, String loanAmount, String share, String exposure) {
        static GuaranteeLine of(LoanGuarantee g) {
            return new GuaranteeLine(g.id(), g.terms().lender(), PortfolioText.euros(g.terms().loanAmount()),
                    PortfolioText.percent(g.terms().guaranteedShare()), PortfolioText.euros(g.exposure()));
        }
    }

    record WarningLine(String message) {
        static WarningLine of(DoubleFunding.Warning w) {
            String years = w.first().fromYear() == w.first().toYear() ? String.valueOf(w.first().fromYear())
                    : w.first().fromYear() + "-" + w.first().toYear();
            return new WarningLine((w.bothFunded() ? "Projet peut-être financé deux fois : « " : "Demande en cours "
                    + "pour un projet peut-être déjà financé : « ") + w.first().title() + " » (" + w.first().reference()
                    + ", " + years + ") et « " + w.second().title() + " » (" + w.second().reference() + ") couvrent "
                    + "des années communes.");
        }
    }

    @GetMapping("/structures")
    String list(Model model) {
        refuseTerritoryAccounts();
        model.addAttribute("organisations", organisations.list(500).stream().map(OrganisationRow::of).toList());
        return "organisations/list";
    }

    @GetMapping("/structures/{id}")
    String show(@PathVariable String id, Model model) {
        refuseTerritoryAccounts();
        OrganisationOverview.Overview o = overview.of(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Introuvable"));
        model.addAttribute("organisation", OrganisationRow.of(o.organisation()));
        model.addAttribute("applications", o.applications().stream().map(ApplicationLine::of).toList());
        model.addAttribute("totalGranted", PortfolioText.euros(o.totalGranted()));
        model.addAttribute("cpos", o.cpos().stream().map(CpoLine::of).toList());
        model.addAttribute("totalCpo", PortfolioText.euros(o.totalCpo()));
        model.addAttribute("stakes", o.stakes().stream().map(StakeLine::of).toList());
        model.addAttribute("guarantees", o.guarantees().stream().map(GuaranteeLine::of).toList());
        model.addAttribute("totalExposure", PortfolioText.euros(o.totalExposure()));
        List<WarningLine> warnings = o.doubleFunding().stream().map(WarningLine::of).toList();
        model.addAttribute("warnings", warnings);
        return "organisations/organisation";
    }

    private void refuseTerritoryAccounts() {
        if (currentActor.hasAnyRole(Role.EPT) && !currentActor.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("La vue transversale d'une structure est réservée aux directions.");
        }
    }
}
