package fr.essor.foncier.hub.domain;

import java.time.LocalDate;

/**
 * What an organisation applies with.
 *
 * @param wishedSurface  m² wished ({@code null} when not said)
 * @param durationMonths how long it wishes to stay ({@code null} when not said)
 * @param contribution   its contribution to the hub's collective project
 * @param joinsCooperative whether it is willing to join the hub's cooperative
 */
public record Project(String title, String intendedUse, SpaceType wishedType, Integer wishedSurface,
                      LocalDate startDate, Integer durationMonths, String contribution, boolean joinsCooperative) {
}
