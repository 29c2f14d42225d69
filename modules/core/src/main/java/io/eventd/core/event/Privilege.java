package io.eventd.core.event;

/**
 * The privileges eventd knows, in the order SHOW GRANTS lists MySQL's static privileges: SUPER (eventd's admin
 * privilege: SET GLOBAL, account management, a foreign DEFINER) and EVENT. {@code ALL [PRIVILEGES]} on {@code *.*}
 * is both.
 */
public enum Privilege {
    SUPER,
    EVENT
}
