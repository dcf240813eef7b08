package org.copydesk.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.copydesk.security.entity.Role;
import org.copydesk.workflow.entity.ReviewStep;
import org.junit.jupiter.api.Test;

class TaskAccessTest {

    @Test
    void aStepsGroupTakesItsTasksWithoutAskingWhetherTheyWereOfferedToSupervisors() {
        AtomicInteger asked = new AtomicInteger();
        BooleanSupplier offered = () -> asked.incrementAndGet() > 0;
        assertTrue(TaskAccess.mayTake(Set.of(Role.TRIAGE_EDITOR, Role.SUPERVISOR), ReviewStep.TRIAGE, offered));
        assertTrue(TaskAccess.mayTake(Set.of(Role.PUBLISHER), ReviewStep.CORRECTION, offered));
        assertEquals(0, asked.get(), "the engine is asked only for a supervisor outside the step's group");
    }

    @Test
    void aSupervisorTakesATaskOnlyOnceItIsOfferedToTheSupervisors() {
        assertFalse(TaskAccess.mayTake(Set.of(Role.SUPERVISOR), ReviewStep.FACT_CHECK, () -> false));
        assertTrue(TaskAccess.mayTake(Set.of(Role.SUPERVISOR), ReviewStep.FACT_CHECK, () -> true));
    }

    @Test
    void anOfferToTheSupervisorsOpensTheTaskToNobodyElse() {
        assertFalse(TaskAccess.mayTake(Set.of(Role.FACT_CHECKER, Role.ADMIN), ReviewStep.PUBLISH, () -> true));
        assertFalse(TaskAccess.mayTake(Set.of(Role.READER), ReviewStep.TRIAGE, () -> true));
    }
}
