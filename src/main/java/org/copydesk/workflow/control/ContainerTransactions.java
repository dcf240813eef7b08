package org.copydesk.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs work in a transaction the container begins and ends ({@code @Transactional}), as for any other bean:
 * on a thread of Flowable's async executor as on a request thread.
 */
@ApplicationScoped
public class ContainerTransactions {

    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T required(Supplier<T> work) {
        return work.get();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T requiresNew(Supplier<T> work) {
        return work.get();
    }
}
