package org.copydesk.workflow.control;

import org.flowable.common.engine.impl.cfg.TransactionPropagation;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;

/**
 * Takes the place of Flowable's {@code JtaTransactionInterceptor}: a command that needs a transaction gets it
 * from the container, so the container also does its bookkeeping for the connections the transaction enlists
 * (which a bare {@code TransactionManager.begin()} skips). Inside an existing transaction the command joins it,
 * and a failure marks it for rollback, as before.
 */
class ContainerTransactionInterceptor extends AbstractCommandInterceptor {

    private final ContainerTransactions transactions;

    ContainerTransactionInterceptor(ContainerTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
        TransactionPropagation propagation = config.getTransactionPropagation();
        if (propagation == TransactionPropagation.NOT_SUPPORTED) {
            return next.execute(config, command, commandExecutor);
        }
        if (propagation == TransactionPropagation.REQUIRES_NEW) {
            return transactions.requiresNew(() -> next.execute(config, command, commandExecutor));
        }
        return transactions.required(() -> next.execute(config, command, commandExecutor));
    }
}
