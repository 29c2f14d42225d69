package io.eventd.core.catalog;

import io.eventd.core.event.EventStatus;
import io.eventd.core.event.OnCompletion;

/**
 * MySQL's rule for an AT or ENDS before the statement's now (shared/mysql-events.md 2.1). A time equal to now is
 * not past. STARTS is never checked.
 */
public final class PastTimeRule {
    private PastTimeRule() {
    }

    public enum Verdict {
        /** Not past, or PRESERVE with a DISABLE status: accepted silently. */
        ACCEPT,
        /** CREATE with NOT PRESERVE: OK with Note 1588, nothing stored. */
        DROP_AT_CREATION,
        /** ALTER with NOT PRESERVE: error 1589, nothing changed. */
        REFUSE_ALTER,
        /** PRESERVE with ENABLE (written or default): stored DISABLED with Note 1544. */
        DISABLE
    }

    /**
     * @param requested the status the statement wrote, ENABLED when it wrote none
     * @param create    CREATE (true) or ALTER (false)
     */
    public static Verdict of(boolean inPast, OnCompletion completion, EventStatus requested, boolean create) {
        if (!inPast) {
            return Verdict.ACCEPT;
        }
        if (completion == OnCompletion.NOT_PRESERVE) {
            return create ? Verdict.DROP_AT_CREATION : Verdict.REFUSE_ALTER;
        }
        return requested == EventStatus.ENABLED ? Verdict.DISABLE : Verdict.ACCEPT;
    }
}
