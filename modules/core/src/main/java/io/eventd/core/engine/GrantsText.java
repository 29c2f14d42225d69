package io.eventd.core.engine;

import io.eventd.core.catalog.Privileges;
import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import io.eventd.core.render.SqlQuoting;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SHOW GRANTS rows as MySQL prints them: the global line first ({@code USAGE} when nothing is held globally,
 * {@code ALL PRIVILEGES} for every privilege eventd knows), then one {@code GRANT EVENT ON `db`.*} per schema.
 */
final class GrantsText {
    private GrantsText() {
    }

    /** {@code Grants for u@h}. */
    static String columnName(Account account) {
        return "Grants for " + account.plain();
    }

    static List<String> lines(Account account, Privileges privileges) {
        String to = " TO " + SqlQuoting.identifier(account.user()) + "@" + SqlQuoting.identifier(account.host());
        List<String> lines = new ArrayList<>();
        lines.add("GRANT " + globalPrivileges(privileges) + " ON *.*" + to);
        for (String schema : privileges.eventSchemas()) {
            lines.add("GRANT EVENT ON " + SqlQuoting.identifier(schema) + ".*" + to);
        }
        return lines;
    }

    private static String globalPrivileges(Privileges privileges) {
        if (privileges.global().isEmpty()) {
            return "USAGE";
        }
        if (privileges.global().equals(EnumSet.allOf(Privilege.class))) {
            return "ALL PRIVILEGES";
        }
        return EnumSet.copyOf(privileges.global()).stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
