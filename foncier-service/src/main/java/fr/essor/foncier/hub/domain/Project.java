package fr.essor.foncier.hub.domain;

import java.time.LocalDate;

/**
 * What an organisation applies with.
 *
 * @param wishedSurface  m² wished
 * @param durationMonths how long it wishes to stay
 * @param contribution   its contribution to the hub's collective project
 * @param joinsCooperative whether it is willing to join the hub's cooperative
 */
public record Project(String title, String intendedUse, SpaceType wishedType, int wishedSurface,
                      LocalDate startDate, int durationMonths, String contribution, boolean joinsCooperative) {
}
