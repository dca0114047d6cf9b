package fr.essor.procurement.contracts.infrastructure;

import java.time.Instant;
import java.util.List;

/**
 * How a contract is stored (collection {@code contracts}); its outbox lives in the same document. Amounts are in
 * cents, dates ISO strings, so that both stores read them back exactly.
 *
 * @param holderSirets the holders' SIRETs, repeated at the top level so that "contracts held by" is one query
 */
record ContractDocument(String id, String reference, Integer lot, String object, String procedure, String cpvCode,
                        long estimatedAmountCents, int durationMonths, String startOn, String buyerDirectorate,
                        String executionCommune, String reservation, List<String> socialConsiderations,
                        List<String> environmentalConsiderations, int insertionHoursPlanned, String ccag,
                        String priceForm, boolean frameworkAgreement, String status, AwardDocument award,
                        List<ModificationDocument> modifications, List<String> holderSirets, long version,
                        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    record AwardDocument(List<HolderDocument> holders, String notifiedOn, int offersReceived, String grouping,
                         boolean subcontractingDeclared, String publishedOn, Instant awardedAt, String awardedBy) {
    }

    record HolderDocument(String siret, String name, long amountCents, boolean registered, String inclusionType,
                          String legalForm, boolean esus) {
    }

    record ModificationDocument(int number, String notifiedOn, String publishedOn, Integer durationMonths,
                                Long amountCents, String reason, Instant recordedAt, String recordedBy) {
    }
}
