package org.copydesk.platform;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * One connection handle per JTA transaction, shared by Hibernate and Flowable and closed once, after the
 * transaction completes.
 * <p>
 * Payara delists a non-XA pooled connection from its transaction as soon as every handle to it is closed. Flowable
 * closes its handle at the end of each command and Hibernate at the end of its work, so inside one transaction the
 * count of open handles dropped to zero between the two, the connection went back to the pool still in the
 * transaction, and under load another request's transaction ran on it (lost rows, "Cannot commit when autoCommit
 * is enabled"). Holding one handle from first use to completion keeps the connection enlisted throughout.
 */
public final class TransactionBoundConnections {

    private static final Logger LOG = Logger.getLogger(TransactionBoundConnections.class.getName());
    private static final String TRANSACTION_MANAGER = "java:appserver/TransactionManager";

    private static final Map<Transaction, Connection> OPEN = new ConcurrentHashMap<>();

    private TransactionBoundConnections() {
    }

    /** The transaction's shared handle (opened on first use), or a plain handle outside a transaction. */
    public static Connection of(DataSource dataSource) throws SQLException {
        Transaction transaction = activeTransaction();
        if (transaction == null) {
            return StatementCounts.counting(dataSource.getConnection());
        }
        Connection shared = OPEN.get(transaction);
        if (shared == null) {
            shared = dataSource.getConnection();
            try {
                transaction.registerSynchronization(new CloseAfterCompletion(transaction));
            } catch (Exception e) {
                shared.close();
                throw new SQLException("Cannot tie a connection to the transaction", e);
            }
            OPEN.put(transaction, shared);
        }
        return StatementCounts.counting(unclosable(shared));
    }

    private static Transaction activeTransaction() throws SQLException {
        try {
            TransactionManager manager = InitialContext.doLookup(TRANSACTION_MANAGER);
            Transaction transaction = manager.getTransaction();
            return transaction != null && (transaction.getStatus() == Status.STATUS_ACTIVE
                    || transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) ? transaction : null;
        } catch (NamingException | SystemException e) {
            throw new SQLException("The transaction manager cannot be reached", e);
        }
    }

    private static Connection unclosable(Connection shared) {
        return (Connection) Proxy.newProxyInstance(TransactionBoundConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            return null;
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        default:
                            try {
                                return method.invoke(shared, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    private record CloseAfterCompletion(Transaction transaction) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // the handle stays open until the transaction has committed or rolled back
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                StatementCounts.committed();
            }
            Connection connection = OPEN.remove(transaction);
            if (connection == null) {
                return;
            }
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Closing a transaction's connection failed", e);
            }
        }
    }
}
