package io.eventd.core.sql.ast;

/**
 * {@code DEFINER = …}: {@code CURRENT_USER[()]} (user and host null) or an account; {@code host} is {@code %}
 * when the statement named only a user.
 */
public record DefinerClause(String user, String host) {
    public static final DefinerClause CURRENT_USER = new DefinerClause(null, null);

    public boolean isCurrentUser() {
        return user == null;
    }
}
