package fr.essor.funding.scic.domain;

import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The Département's stake in the capital of a SCIC: the holding and the 50 % ceiling, the acquisition's date and
 * deliberation, its representative and college in the SCIC's governance, the general meetings followed, and the
 * increases, reductions and sale. Acquisition, change and sale are facts other services learn
 * ({@code essor.funding.scic-stakes}); the rest is the portfolio manager's follow-up.
 * <p>
 * A stake preloaded from the roadmap starts {@link StakeStatus#TO_COMPLETE} at version 0, without any fact: its first
 * fact is the acquisition, published when its figures are recorded.
 */
public final class ScicStake {

    private static final int MAX_TEXT = 4000;

    private final String id;
    private final String scicName;
    private final String description;
    private final StakeStatus status;
    private final String organisationId;
    private final String territoryCode;
    private final Holding holding;
    private final LocalDate acquiredOn;
    private final String deliberationReference;
    private final String representative;
    private final String college;
    private final LocalDate soldOn;
    private final BigDecimal saleAmount;
    private final List<GeneralMeeting> meetings;
    private final List<StakeHistoryEntry> history;
    private final long version;
    private final Instant updatedAt;
    private final String updatedBy;

    public ScicStake(String id, String scicName, String description, StakeStatus status, String organisationId,
                     String territoryCode, Holding holding, LocalDate acquiredOn, String deliberationReference,
                     String representative, String college, LocalDate soldOn, BigDecimal saleAmount,
                     List<GeneralMeeting> meetings, List<StakeHistoryEntry> history, long version, Instant updatedAt,
                     String updatedBy) {
        this.id = id;
        this.scicName = scicName;
        this.description = description;
        this.status = status;
        this.organisationId = organisationId;
        this.territoryCode = territoryCode;
        this.holding = holding;
        this.acquiredOn = acquiredOn;
        this.deliberationReference = deliberationReference;
        this.representative = representative;
        this.college = college;
        this.soldOn = soldOn;
        this.saleAmount = saleAmount;
        this.meetings = List.copyOf(meetings);
        this.history = List.copyOf(history);
        this.version = version;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    /** A stake the roadmap names, figures unknown: version 0, no fact. */
    public static ScicStake fromReference(StakeSeed seed, Instant at) {
        return new ScicStake(seed.stakeId(), seed.scicName(), seed.description(), StakeStatus.TO_COMPLETE, null, null,
                null, null, null, null, null, null, null, List.of(),
                List.of(new StakeHistoryEntry(at, "reference", "REFERENCE",
                        "Participation chargée depuis la feuille de route ; chiffres à compléter.")), 0, at,
                "reference");
    }

    /** A new stake taken by the Département (version 1, one acquisition fact). */
    public static StakeOutcome acquire(String id, String scicName, Acquisition acquisition, String by, Instant at) {
        List<Violation> violations = new ArrayList<>();
        String name = Deliberations.clean(scicName);
        if (name == null) {
            violations.add(new Violation("scicName", "scicName.required",
                    "Indiquez le nom de la SCIC (200 caractères au plus)."));
        }
        InputBounds.text("scicName", name, 200).ifPresent(violations::add);
        violations.addAll(acquisition.check());
        if (!violations.isEmpty()) {
            return new StakeOutcome.Invalid(violations);
        }
        ScicStake empty = new ScicStake(id, name, null, StakeStatus.TO_COMPLETE, null, null, null, null, null, null,
                null, null, null, List.of(), List.of(), 0, at, by);
        return empty.record(acquisition, by, at);
    }

    /** Records the figures of a stake known only from the roadmap: its acquisition fact is then published. */
    public StakeOutcome complete(Acquisition acquisition, String by, Instant at) {
        if (status != StakeStatus.TO_COMPLETE) {
            return new StakeOutcome.NotAllowedNow("stake.alreadyRecorded", "La participation dans " + scicName
                    + " est déjà renseignée (" + status.label().toLowerCase() + ") : augmentez-la, réduisez-la ou "
                    + "corrigez-la.");
        }
        List<Violation> violations = acquisition.check();
        if (!violations.isEmpty()) {
            return new StakeOutcome.Invalid(violations);
        }
        return record(acquisition, by, at);
    }

    private StakeOutcome record(Acquisition a, String by, Instant at) {
        Holding newHolding = a.holding();
        ScicStake next = new Draft(this).status(StakeStatus.HELD).holding(newHolding)
                .acquisition(a.organisationId(), a.territoryCode(), a.acquiredOn(),
                        Deliberations.clean(a.deliberationReference()))
                .build(at, by, "ACQUIRED", describe(newHolding) + " — délibération "
                        + Deliberations.clean(a.deliberationReference()));
        return new StakeOutcome.Changed(next,
                List.of(new ScicStakeEvent.Acquired(UUID.randomUUID().toString(), next, at, by)));
    }

    /**
     * Increases, reduces or corrects a held stake to the new figures. An increase or a reduction is decided by a
     * deliberation; a correction fixes figures typed wrong and needs none. The 50 % ceiling holds after any change.
     */
    public StakeOutcome change(StakeChange change, Long shares, BigDecimal capitalHeld, BigDecimal scicCapital,
                               LocalDate changedOn, String deliberation, String by, Instant at) {
        if (status != StakeStatus.HELD) {
            return notHeld(change == null ? "modifier la participation" : change.label());
        }
        List<Violation> violations = new ArrayList<>();
        if (change == null) {
            violations.add(new Violation("change", "change.required",
                    "Choisissez : augmentation, réduction ou correction."));
        }
        violations.addAll(Holding.check(shares, capitalHeld, scicCapital));
        if (changedOn == null) {
            violations.add(new Violation("changedOn", "changedOn.required", "Indiquez la date du changement."));
        }
        InputBounds.date("changedOn", changedOn).ifPresent(violations::add);
        violations.addAll(Deliberations.check("deliberationReference", deliberation,
                change != StakeChange.CORRECTION));
        if (violations.isEmpty()) {
            int direction = capitalHeld.compareTo(holding.capitalHeld());
            if (change == StakeChange.INCREASE && direction <= 0) {
                violations.add(new Violation("capitalHeld", "capitalHeld.notIncreased", "Une augmentation porte "
                        + "le capital détenu au-delà de " + holding.capitalHeld().toPlainString() + " €."));
            } else if (change == StakeChange.REDUCTION && direction >= 0) {
                violations.add(new Violation("capitalHeld", "capitalHeld.notReduced", "Une réduction ramène le "
                        + "capital détenu sous " + holding.capitalHeld().toPlainString()
                        + " € ; pour tout céder, enregistrez une cession."));
            } else if (change == StakeChange.CORRECTION
                    && new Holding(shares, capitalHeld, scicCapital).sameAs(holding)) {
                violations.add(new Violation("capitalHeld", "holding.unchanged",
                        "Ces chiffres sont ceux déjà enregistrés : rien à corriger."));
            }
        }
        if (!violations.isEmpty()) {
            return new StakeOutcome.Invalid(violations);
        }
        Holding newHolding = new Holding(shares, capitalHeld, scicCapital);
        String reference = Deliberations.clean(deliberation);
        ScicStake next = new Draft(this).holding(newHolding).build(at, by, change.name(),
                describe(newHolding) + (reference == null ? "" : " — délibération " + reference));
        return new StakeOutcome.Changed(next, List.of(new ScicStakeEvent.Changed(UUID.randomUUID().toString(), next,
                change, changedOn, reference, at, by)));
    }

    /** Sells the whole stake; the Département holds nothing of the SCIC afterwards. */
    public StakeOutcome sell(LocalDate soldOnDate, BigDecimal amount, String deliberation, String by, Instant at) {
        if (status != StakeStatus.HELD) {
            return notHeld("céder la participation");
        }
        List<Violation> violations = new ArrayList<>();
        if (soldOnDate == null) {
            violations.add(new Violation("soldOn", "soldOn.required", "Indiquez la date de la cession."));
        }
        InputBounds.date("soldOn", soldOnDate).ifPresent(violations::add);
        if (amount == null) {
            violations.add(new Violation("saleAmount", "saleAmount.required",
                    "Indiquez le prix de cession en euros (zéro ou plus, deux décimales au plus)."));
        }
        InputBounds.amount("saleAmount", amount).ifPresent(violations::add);
        violations.addAll(Deliberations.check("deliberationReference", deliberation, true));
        if (!violations.isEmpty()) {
            return new StakeOutcome.Invalid(violations);
        }
        String reference = Deliberations.clean(deliberation);
        ScicStake next = new Draft(this).status(StakeStatus.SOLD).sale(soldOnDate, amount)
                .build(at, by, "SOLD", holding.shares() + " parts cédées — délibération " + reference);
        return new StakeOutcome.Changed(next, List.of(new ScicStakeEvent.Sold(UUID.randomUUID().toString(), next,
                holding.shares(), amount, reference, at, by)));
    }

    /** Names the Département's representative in the SCIC and the college (collège de vote) it sits in. */
    public StakeOutcome appoint(String representativeName, String collegeName, String by, Instant at) {
        if (status == StakeStatus.SOLD) {
            return new StakeOutcome.NotAllowedNow("stake.sold", "La participation dans " + scicName
                    + " est cédée : le Département n'y a plus de représentant.");
        }
        String who = Deliberations.clean(representativeName);
        String which = Deliberations.clean(collegeName);
        List<Violation> violations = new ArrayList<>();
        if (who == null) {
            violations.add(new Violation("representative", "representative.required",
                    "Indiquez le nom et la qualité du représentant (200 caractères au plus)."));
        }
        InputBounds.text("representative", who, 200).ifPresent(violations::add);
        if (which == null) {
            violations.add(new Violation("college", "college.required",
                    "Indiquez le collège de vote du Département (200 caractères au plus)."));
        }
        InputBounds.text("college", which, 200).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            return new StakeOutcome.Invalid(violations);
        }
        return new StakeOutcome.Changed(new Draft(this).governance(who, which).build(at, by, "APPOINTED",
                who + " — " + which), List.of());
    }

    /** Records the follow-up of a general meeting; the accounts' figures may be unknown (left empty). */
    public StakeOutcome recordGeneralMeeting(LocalDate heldOn, String resolutions, BigDecimal revenue,
                                             BigDecimal result, BigDecimal equity, String by, Instant at) {
        List<Violation> violations = new ArrayList<>();
        if (heldOn == null) {
            violations.add(new Violation("heldOn", "heldOn.required", "Indiquez la date de l'assemblée générale."));
        }
        InputBounds.date("heldOn", heldOn).ifPresent(violations::add);
        String text = Deliberations.clean(resolutions);
        if (text == null) {
            violations.add(new Violation("resolutions", "resolutions.required",
                    "Résumez les résolutions votées (4 000 caractères au plus)."));
        }
        InputBounds.text("resolutions", text, MAX_TEXT).ifPresent(violations::add);
        // the revenue is never negative; a result (a loss) and the equity may be
        InputBounds.amount("revenue", revenue).ifPresent(violations::add);
        InputBounds.signedAmount("result", result).ifPresent(violations::add);
        InputBounds.signedAmount("equity", equity).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            return new StakeOutcome.Invalid(violations);
        }
        List<GeneralMeeting> next = new ArrayList<>(meetings);
        next.add(new GeneralMeeting(heldOn, text, revenue, result, equity, by, at));
        next.sort((x, y) -> y.heldOn().compareTo(x.heldOn()));
        return new StakeOutcome.Changed(new Draft(this).meetings(next).build(at, by, "GENERAL_MEETING",
                "Assemblée générale du " + heldOn), List.of());
    }

    private StakeOutcome notHeld(String what) {
        return new StakeOutcome.NotAllowedNow(status == StakeStatus.SOLD ? "stake.sold" : "stake.toComplete",
                "Impossible de " + what + " : la participation dans " + scicName + " est « " + status.label()
                        + " »" + (status == StakeStatus.TO_COMPLETE ? " ; renseignez d'abord ses chiffres." : "."));
    }

    private static String describe(Holding h) {
        return h.shares() + " parts, " + h.capitalHeld().toPlainString() + " € sur " + h.scicCapital().toPlainString()
                + " € (" + h.percent().toPlainString() + " %)";
    }

    public String id() {
        return id;
    }

    public String scicName() {
        return scicName;
    }

    public String description() {
        return description;
    }

    public StakeStatus status() {
        return status;
    }

    public String organisationId() {
        return organisationId;
    }

    public String territoryCode() {
        return territoryCode;
    }

    /** The holding, {@code null} while the stake is to complete. */
    public Holding holding() {
        return holding;
    }

    public LocalDate acquiredOn() {
        return acquiredOn;
    }

    public String deliberationReference() {
        return deliberationReference;
    }

    public String representative() {
        return representative;
    }

    public String college() {
        return college;
    }

    public LocalDate soldOn() {
        return soldOn;
    }

    public BigDecimal saleAmount() {
        return saleAmount;
    }

    public List<GeneralMeeting> meetings() {
        return meetings;
    }

    public List<StakeHistoryEntry> history() {
        return history;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /** A working copy: what changes, then one new version with one more history line. */
    private static final class Draft {
        private final ScicStake from;
        private StakeStatus status;
        private String organisationId;
        private String territoryCode;
        private Holding holding;
        private LocalDate acquiredOn;
        private String deliberationReference;
        private String representative;
        private String college;
        private LocalDate soldOn;
        private BigDecimal saleAmount;
        private List<GeneralMeeting> meetings;

        Draft(ScicStake from) {
            this.from = from;
            this.status = from.status;
            this.organisationId = from.organisationId;
            this.territoryCode = from.territoryCode;
            this.holding = from.holding;
            this.acquiredOn = from.acquiredOn;
            this.deliberationReference = from.deliberationReference;
            this.representative = from.representative;
            this.college = from.college;
            this.soldOn = from.soldOn;
            this.saleAmount = from.saleAmount;
            this.meetings = from.meetings;
        }

        Draft status(StakeStatus value) {
            status = value;
            return this;
        }

        Draft holding(Holding value) {
            holding = value;
            return this;
        }

        Draft acquisition(String organisation, String territory, LocalDate on, String reference) {
            organisationId = organisation;
            territoryCode = territory;
            acquiredOn = on;
            deliberationReference = reference;
            return this;
        }

        Draft sale(LocalDate on, BigDecimal amount) {
            soldOn = on;
            saleAmount = amount;
            return this;
        }

        Draft governance(String who, String which) {
            representative = who;
            college = which;
            return this;
        }

        Draft meetings(List<GeneralMeeting> value) {
            meetings = value;
            return this;
        }

        ScicStake build(Instant at, String by, String what, String note) {
            List<StakeHistoryEntry> history = new ArrayList<>(from.history);
            history.add(new StakeHistoryEntry(at, by, what, note));
            return new ScicStake(from.id, from.scicName, from.description, status, organisationId, territoryCode,
                    holding, acquiredOn, deliberationReference, representative, college, soldOn, saleAmount, meetings,
                    history, from.version + 1, at, by);
        }
    }
}
