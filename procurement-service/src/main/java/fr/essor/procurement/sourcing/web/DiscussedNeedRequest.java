package fr.essor.procurement.sourcing.web;

/** A sourcing need discussed at a meeting. */
record DiscussedNeedRequest(String needId) {
}
