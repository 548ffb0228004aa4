package org.hemicycle;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the whole suite on a real PostgreSQL when asked to (the build does so in its second pass), with
 * no server to install: one embedded PostgreSQL per test JVM, shared by every application context.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "hemicycle.test.database";

    private static EmbeddedPostgres postgres;
    /** The contexts using it: they must finish closing (their listeners still write) before it stops. */
    private static final List<ConfigurableApplicationContext> contexts = new CopyOnWriteArrayList<>();

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty(PROPERTY));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!onPostgres()) {
            return;
        }
        EmbeddedPostgres database = start();
        contexts.add(context);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", database.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres")));
    }

    private static synchronized EmbeddedPostgres start() {
        if (postgres == null) {
            try {
                // Stopped by the hook below, after the contexts: its own hook would stop it under them.
                postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // Hooks run side by side: close (or wait for the closing of) every context first, so that the
                // event registry's last writes do not wait for a database that is already gone.
                contexts.forEach(ConfigurableApplicationContext::close);
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; the temporary data directory goes with it.
                }
            }));
        }
        return postgres;
    }
}
