package org.copydesk.benchmark;

import java.sql.Connection;
import org.copydesk.it.CopydeskServer;

/**
 * An action on one connection to the server's database, repeated on a daemon thread with a pause between runs,
 * from {@link #onDatabase} until {@link #close}: how the benchmarks sample and look after the database while they
 * load the server.
 */
final class Repeatedly implements AutoCloseable {

    interface Action {
        void run(Connection db) throws Exception;
    }

    private final Thread thread;

    private Repeatedly(Thread thread) {
        this.thread = thread;
    }

    static Repeatedly onDatabase(CopydeskServer server, String name, long pauseMillis, Action action) {
        Thread thread = new Thread(() -> {
            try (Connection db = server.openJdbc()) {
                while (!Thread.currentThread().isInterrupted()) {
                    action.run(db);
                    Thread.sleep(pauseMillis);
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return new Repeatedly(thread);
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}
