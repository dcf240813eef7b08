package org.copydesk.publish.entity;

/** PENDING until delivered; DEAD after the last failed attempt, until an admin sends it again. */
public enum DeliveryStatus {
    PENDING, DELIVERED, DEAD
}
