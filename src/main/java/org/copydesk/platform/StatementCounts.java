package org.copydesk.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How many SQL statements and commits the work on the current thread has cost, Hibernate's and Flowable's alike,
 * since both take their connections from {@link TransactionBoundConnections}. Counted only when the JVM runs with
 * {@value #SWITCH}{@code =true}, as the statement-count tests and the benchmark start it; otherwise connections are
 * handed out as they are.
 */
public final class StatementCounts {

    public static final String SWITCH = "copydesk.count-statements";
    /** With counting on, also keep each statement's SQL, so that a count can be read statement by statement. */
    public static final String LISTING = "copydesk.count-statements.sql";

    private static final boolean ON = Boolean.getBoolean(SWITCH);
    private static final boolean LISTED = ON && Boolean.getBoolean(LISTING);
    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final Set<String> MAKING_STATEMENTS = Set.of("createStatement", "prepareStatement", "prepareCall");
    private static final ThreadLocal<Tally> TALLY = ThreadLocal.withInitial(Tally::new);

    private StatementCounts() {
    }

    public static boolean on() {
        return ON;
    }

    /** Starts counting afresh on this thread; returns the tally that counts from now on. */
    public static Tally restart() {
        Tally tally = new Tally();
        TALLY.set(tally);
        return tally;
    }

    static Connection counting(Connection connection) {
        if (!ON) {
            return connection;
        }
        return (Connection) Proxy.newProxyInstance(StatementCounts.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (isIdentity(method)) {
                        return identity(proxy, method, args);
                    }
                    Object result = invoke(connection, method, args);
                    if (result instanceof Statement statement && MAKING_STATEMENTS.contains(method.getName())) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                        return countingStatement(statement, method.getName(), sql);
                    }
                    if (method.getName().equals("commit")) {
                        TALLY.get().commits++;
                    }
                    return result;
                });
    }

    static void committed() {
        if (ON) {
            TALLY.get().commits++;
        }
    }

    private static Statement countingStatement(Statement statement, String madeBy, String prepared) {
        Class<?> type = switch (madeBy) {
            case "prepareCall" -> java.sql.CallableStatement.class;
            case "prepareStatement" -> java.sql.PreparedStatement.class;
            default -> Statement.class;
        };
        return (Statement) Proxy.newProxyInstance(StatementCounts.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (isIdentity(method)) {
                        return identity(proxy, method, args);
                    }
                    if (EXECUTING.contains(method.getName())) {
                        Tally tally = TALLY.get();
                        tally.statements++;
                        if (LISTED) {
                            tally.sql.add(prepared != null ? prepared
                                    : args != null && args.length > 0 ? String.valueOf(args[0]) : method.getName());
                        }
                    }
                    return invoke(statement, method, args);
                });
    }

    private static boolean isIdentity(java.lang.reflect.Method method) {
        return method.getName().equals("equals") && method.getParameterCount() == 1
                || method.getName().equals("hashCode") && method.getParameterCount() == 0;
    }

    /** A wrapper is equal to itself only, as the handle it wraps is. */
    private static Object identity(Object proxy, java.lang.reflect.Method method, Object[] args) {
        return method.getName().equals("equals") ? proxy == args[0] : System.identityHashCode(proxy);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Statements and commits counted on one thread since it was restarted. */
    public static final class Tally {
        private int statements;
        private int commits;
        private final List<String> sql = new ArrayList<>();

        public int statements() {
            return statements;
        }

        public int commits() {
            return commits;
        }

        /** Each statement's SQL, shortened, one per line; empty unless {@value #LISTING} is on. */
        public String listing() {
            StringBuilder listed = new StringBuilder();
            sql.stream().map(text -> text.replaceAll("\\s+", " ").strip()).forEach(text -> listed.append("\n  ")
                    .append(text.length() > 110 ? text.substring(0, 110) + "…" : text));
            return listed.toString();
        }
    }
}
