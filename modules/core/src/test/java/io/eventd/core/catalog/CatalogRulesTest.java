package io.eventd.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventStatus;
import io.eventd.core.event.OnCompletion;
import io.eventd.core.schedule.Schedule;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogRulesTest {
    private static final CreationContext CONTEXT = new CreationContext("latin1", "latin1_swedish_ci", "latin1_bin");
    private static final Account ALTERER = new Account("app", "%");

    private static CatalogCommand.Alter alterTo(Schedule schedule, boolean inPast, EventStatus status) {
        return new CatalogCommand.Alter(new EventChange(ALTERER, schedule, "+03:00", null, status, null, null, null,
                null, null, inPast, CONTEXT, 1_700_000_500L), "e");
    }

    @Test
    void alterRefreshesDefinerAndContextAndKeepsTheRest() {
        EventDefinition current = CatalogContract.event("t", "e", OnCompletion.PRESERVE).withLastExecuted(5);
        EventDefinition after = CatalogRules.decide(Optional.of(current), alterTo(null, false, null)).stored();
        assertThat(after.definer()).isEqualTo(ALTERER);
        assertThat(after.characterSetClient()).isEqualTo("latin1");
        assertThat(after.databaseCollation()).isEqualTo("latin1_bin");
        assertThat(after.timeZone()).isEqualTo("SYSTEM");
        assertThat(after.lastExecuted()).isEqualTo(5);
        assertThat(after.lastAltered()).isEqualTo(1_700_000_500L);
        assertThat(after.created()).isEqualTo(current.created());
    }

    @Test
    void storedCompletionDecidesThePastRule() {
        Schedule past = new Schedule.OneTime(1);
        CatalogDecision notPreserve = CatalogRules.decide(
                Optional.of(CatalogContract.event("t", "e", OnCompletion.NOT_PRESERVE)), alterTo(past, true, null));
        assertThat(notPreserve.error().code()).isEqualTo(1589);
        CatalogDecision preserve = CatalogRules.decide(
                Optional.of(CatalogContract.event("t", "e", OnCompletion.PRESERVE)), alterTo(past, true, null));
        assertThat(preserve.stored().status()).isEqualTo(EventStatus.DISABLED);
        assertThat(preserve.stored().timeZone()).isEqualTo("+03:00");
        assertThat(preserve.notes()).extracting(d -> d.code()).containsExactly(1544);
        CatalogDecision disabled = CatalogRules.decide(Optional.of(CatalogContract.event("t", "e", OnCompletion.PRESERVE)),
                alterTo(past, true, EventStatus.DISABLED));
        assertThat(disabled.notes()).isEmpty();
    }

    @Test
    void pastTimeRuleTable() {
        assertThat(PastTimeRule.of(false, OnCompletion.NOT_PRESERVE, EventStatus.ENABLED, true))
                .isEqualTo(PastTimeRule.Verdict.ACCEPT);
        assertThat(PastTimeRule.of(true, OnCompletion.NOT_PRESERVE, EventStatus.DISABLED, true))
                .isEqualTo(PastTimeRule.Verdict.DROP_AT_CREATION);
        assertThat(PastTimeRule.of(true, OnCompletion.NOT_PRESERVE, EventStatus.ENABLED, false))
                .isEqualTo(PastTimeRule.Verdict.REFUSE_ALTER);
        assertThat(PastTimeRule.of(true, OnCompletion.PRESERVE, EventStatus.ENABLED, true))
                .isEqualTo(PastTimeRule.Verdict.DISABLE);
        assertThat(PastTimeRule.of(true, OnCompletion.PRESERVE, EventStatus.SLAVESIDE_DISABLED, false))
                .isEqualTo(PastTimeRule.Verdict.ACCEPT);
    }
}
