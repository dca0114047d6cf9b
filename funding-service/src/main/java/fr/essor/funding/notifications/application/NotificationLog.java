package fr.essor.funding.notifications.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.essor.funding.notifications.domain.Notification;

/** The notifications as stored, keyed by their idempotency key; also what the ops page lists. */
public interface NotificationLog {

    Optional<Notification> find(String id);

    /** Stores a pending notification unless one with its id exists; true if this call stored it. */
    boolean addIfAbsent(Notification notification);

    void markSent(String id, Instant at);

    /** The latest notifications, newest first. */
    List<Notification> latest(int limit);
}
