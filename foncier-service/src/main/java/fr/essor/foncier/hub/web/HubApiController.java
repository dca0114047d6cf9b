package fr.essor.foncier.hub.web;

import fr.essor.kit.apidocs.Created;
import fr.essor.foncier.hub.application.HubAllocations;
import fr.essor.foncier.hub.application.HubCalls;
import fr.essor.foncier.hub.application.HubCatalogue;
import fr.essor.foncier.hub.domain.ApplicationStatus;
import fr.essor.foncier.hub.domain.Building;
import fr.essor.foncier.hub.domain.OccupancyApplication;
import fr.essor.foncier.hub.domain.OccupancyCall;
import fr.essor.foncier.hub.domain.Project;
import fr.essor.kit.domain.Violation;
import fr.essor.foncier.hub.domain.Space;
import fr.essor.foncier.hub.domain.SpaceDetails;
import fr.essor.foncier.hub.web.HubRequests.AgreementRequest;
import fr.essor.foncier.hub.web.HubRequests.AllocationRequest;
import fr.essor.foncier.hub.web.HubRequests.SignatureRequest;
import fr.essor.foncier.hub.web.HubRequests.BuildingRequest;
import fr.essor.foncier.hub.web.HubRequests.ApplicationRequest;
import fr.essor.foncier.hub.web.HubRequests.CallRequest;
import fr.essor.foncier.hub.web.HubRequests.DecisionRequest;
import fr.essor.foncier.hub.web.HubRequests.SpaceDescription;
import fr.essor.foncier.hub.web.HubRequests.SpaceRequest;
import fr.essor.foncier.hub.web.HubRequests.VacatingRequest;
import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** The innovation hub: buildings and spaces, occupancy, calls, applications, allocations and departures. */
@RestController
@RequestMapping(path = "/api/hub", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pôle d'innovation", description = "Le pôle d'innovation sociale et environnementale (ex-IRD, Bondy)")
class HubApiController {

    private final HubCatalogue catalogue;
    private final HubAllocations allocations;
    private final HubCalls calls;
    private final HubManagers managers;

    HubApiController(HubCatalogue catalogue, HubAllocations allocations, HubCalls calls, HubManagers managers) {
        this.catalogue = catalogue;
        this.allocations = allocations;
        this.calls = calls;
        this.managers = managers;
    }

    @GetMapping("/buildings")
    @Operation(operationId = "listBuildings", summary = "Les 17 bâtiments (fiches provisoires tant que les gestionnaires ne les ont pas complétées)")
    List<Building> buildings() {
        return catalogue.buildings();
    }

    @GetMapping("/buildings/{code}")
    @Operation(operationId = "getBuilding", summary = "Un bâtiment, avec l'historique de sa fiche")
    Building building(@PathVariable String code) {
        return catalogue.building(code).orElseThrow(() -> new NotFoundException("Aucun bâtiment " + code + "."));
    }

    @PutMapping(path = "/buildings/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Décrire un bâtiment (nom, surface utile, niveaux, accessibilité, notes) ; l'historique "
            + "garde qui et quand")
    Building editBuilding(@PathVariable String code, @RequestBody BuildingRequest request) {
        String agent = managers.writer();
        return HubRequests.result(catalogue.editBuilding(code, request.name(), request.surface(), request.floors(),
                request.accessibility(), request.notes(), agent));
    }

    @GetMapping("/spaces/{spaceId}")
    @Operation(operationId = "getSpace", summary = "Un espace, ses attributions et l'historique de sa fiche")
    Space space(@PathVariable String spaceId) {
        return catalogue.space(spaceId).orElseThrow(() -> new NotFoundException("Aucun espace " + spaceId + "."));
    }

    @PutMapping(path = "/spaces/{spaceId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Décrire à nouveau un espace (ses attributions restent) ; l'historique garde qui et quand")
    Space describeSpace(@PathVariable String spaceId, @RequestBody SpaceDescription request) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        var type = HubRequests.type("type", request.type(), refusals);
        HubRequests.check(refusals);
        return HubRequests.result(catalogue.describeSpace(spaceId, new SpaceDetails(request.name(),
                request.surface() == null ? 0 : request.surface(), request.floor(), type,
                HubRequests.lines(request.equipment()), Boolean.TRUE.equals(request.accessible())), agent));
    }

    @GetMapping("/spaces")
    @Operation(operationId = "listSpaces", summary = "Les espaces, avec leurs attributions passées et prévues")
    List<Space> spaces() {
        return catalogue.spaces();
    }

    @PostMapping(path = "/spaces", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Created("L'adresse de l'espace ajouté.")
    @Operation(summary = "Ajouter un espace à un bâtiment")
    ResponseEntity<Space> createSpace(@RequestBody SpaceRequest request) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        var type = HubRequests.type("type", request.type(), refusals);
        HubRequests.check(refusals);
        Space space = HubRequests.result(catalogue.createSpace(request.buildingCode(), new SpaceDetails(request.name(),
                request.surface() == null ? 0 : request.surface(), request.floor(), type,
                HubRequests.lines(request.equipment()), Boolean.TRUE.equals(request.accessible())), agent));
        return created("/api/hub/spaces/{id}", space.id(), space);
    }

    @GetMapping("/occupancy")
    @Operation(operationId = "hubOccupancy", summary = "Le taux d'occupation du jour : global, par bâtiment et par type")
    HubCatalogue.Report occupancy() {
        return catalogue.occupancy();
    }

    @PostMapping(path = "/spaces/{spaceId}/allocations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "allocateSpace", summary = "Attribuer l'espace à une candidature retenue", description = "Publie hub-space-allocated.v1")
    Space allocate(@PathVariable String spaceId, @RequestBody AllocationRequest request) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        var start = HubRequests.date("startDate", request.startDate(), refusals);
        var end = HubRequests.date("endDate", request.endDate(), refusals);
        HubRequests.check(refusals);
        return HubRequests.result(allocations.allocate(spaceId, request.applicationId(), start, end, agent));
    }

    @PostMapping(path = "/spaces/{spaceId}/allocations/{allocationId}/vacating",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "vacateSpace", summary = "Enregistrer le départ de l'occupant", description = "Publie hub-space-vacated.v1")
    Space vacate(@PathVariable String spaceId, @PathVariable String allocationId,
                 @RequestBody VacatingRequest request) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        var lastDay = HubRequests.date("lastDay", request.lastDay(), refusals);
        HubRequests.check(refusals);
        return HubRequests.result(allocations.vacate(spaceId, allocationId, lastDay, agent));
    }

    @PostMapping(path = "/spaces/{spaceId}/allocations/{allocationId}/agreement",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Établir la convention d'occupation d'une attribution (redevance par m² et par mois, "
            + "règles) ; à nouveau tant qu'elle n'est pas signée")
    Space draftAgreement(@PathVariable String spaceId, @PathVariable String allocationId,
                         @RequestBody AgreementRequest request) {
        String agent = managers.writer();
        return HubRequests.result(allocations.draftAgreement(spaceId, allocationId,
                request.feePerSquareMetreMonth(), request.rules(), agent));
    }

    @PostMapping(path = "/spaces/{spaceId}/allocations/{allocationId}/agreement/signature",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enregistrer la signature de la convention (signataire pour l'occupant, date)")
    Space signAgreement(@PathVariable String spaceId, @PathVariable String allocationId,
                        @RequestBody SignatureRequest request) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        var signedOn = HubRequests.date("signedOn", request.signedOn(), refusals);
        HubRequests.check(refusals);
        return HubRequests.result(allocations.signAgreement(spaceId, allocationId, request.signatory(), signedOn,
                agent));
    }

    @GetMapping("/waiting-list")
    @Operation(operationId = "hubWaitingList", summary = "La liste d'attente, par ordre d'arrivée")
    List<OccupancyApplication> waitingList() {
        return allocations.waitingList().all();
    }

    @GetMapping("/calls")
    @Operation(operationId = "listHubCalls", summary = "Les appels à occupation")
    List<OccupancyCall> calls() {
        return calls.calls();
    }

    @GetMapping("/calls/{callId}")
    @Operation(operationId = "getHubCall", summary = "Un appel à occupation")
    OccupancyCall call(@PathVariable String callId) {
        return calls.call(callId).orElseThrow(() -> new NotFoundException("Aucun appel " + callId + "."));
    }

    @PostMapping(path = "/calls", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Created("L'adresse de l'appel ouvert.")
    @Operation(operationId = "openHubCall", summary = "Ouvrir un appel à occupation (date limite, critères)")
    ResponseEntity<OccupancyCall> openCall(@RequestBody CallRequest request) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        var types = HubRequests.types(request.spaceTypes(), refusals);
        var deadline = HubRequests.date("deadline", request.deadline(), refusals);
        HubRequests.check(refusals);
        OccupancyCall call = HubRequests.result(calls.open(request.title(), request.description(), types,
                HubRequests.lines(request.criteria()), deadline, agent));
        return created("/api/hub/calls/{id}", call.id(), call);
    }

    @GetMapping("/calls/{callId}/applications")
    @Operation(operationId = "listHubCallApplications", summary = "Les candidatures à un appel")
    List<OccupancyApplication> applications(@PathVariable String callId) {
        return calls.applicationsTo(callId);
    }

    @PostMapping(path = "/calls/{callId}/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Created("L'adresse de la candidature déposée.")
    @Operation(operationId = "submitHubApplication", summary = "Déposer la candidature d'une structure enregistrée")
    ResponseEntity<OccupancyApplication> submit(@PathVariable String callId, @RequestBody ApplicationRequest request) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        var type = HubRequests.type("wishedType", request.wishedType(), refusals);
        var start = HubRequests.date("startDate", request.startDate(), refusals);
        // a number given but out of range is refused for its value (absent, the use case says it is required)
        if (request.wishedSurface() != null) {
            InputBounds.whole("wishedSurface", request.wishedSurface().longValue(), 1,
                    OccupancyApplication.MAX_SURFACE).ifPresent(refusals::add);
        }
        if (request.durationMonths() != null) {
            InputBounds.whole("durationMonths", request.durationMonths().longValue(), 1,
                    OccupancyApplication.MAX_MONTHS).ifPresent(refusals::add);
        }
        HubRequests.check(refusals);
        OccupancyApplication application = HubRequests.result(calls.submit(callId, request.organisationId(),
                new Project(request.title(), request.intendedUse(), type, request.wishedSurface(), start,
                        request.durationMonths(), request.contribution(),
                        Boolean.TRUE.equals(request.joinsCooperative())), agent));
        return created("/api/hub/applications/{id}", application.id(), application);
    }

    @GetMapping("/applications/{applicationId}")
    @Operation(operationId = "getHubApplication", summary = "Une candidature à un appel, avec sa décision")
    OccupancyApplication application(@PathVariable String applicationId) {
        return calls.application(applicationId)
                .orElseThrow(() -> new NotFoundException("Aucune candidature " + applicationId + "."));
    }

    @PostMapping(path = "/applications/{applicationId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "decideHubApplication", summary = "Sélection : retenue (SELECTED), liste d'attente (WAITING_LIST) ou non retenue (REJECTED)")
    OccupancyApplication decide(@PathVariable String applicationId, @RequestBody DecisionRequest request) {
        String agent = managers.writer();
        ApplicationStatus decision = null;
        try {
            decision = request.status() == null ? null : ApplicationStatus.valueOf(request.status().trim());
        } catch (IllegalArgumentException unknown) {
            // the use case refuses an unknown decision with its field error
        }
        return HubRequests.result(calls.decide(applicationId, decision, request.note(), agent));
    }

    /** {@code 201 Created} with the {@code Location} of what was created, and the created resource. */
    private static <T> ResponseEntity<T> created(String path, String id, T body) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath().path(path)
                .buildAndExpand(id).toUri()).body(body);
    }
}
