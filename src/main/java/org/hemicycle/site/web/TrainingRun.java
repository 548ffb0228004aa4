package org.hemicycle.site.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The build's training run ({@code hemicycle.training-run=true}): once started, Hemicycle reads its own public pages,
 * following links from the home page, a few rounds each, then stops. The JVM records meanwhile which classes the
 * start and the first requests load and how the hot methods behave (the JDK's AOT cache, or a CDS archive on JDKs
 * before 24), so that later starts with that archive skip the work. Decided at run time, not by a condition on the
 * bean, since the build also pre-computes the application context (Spring AOT), which fixes conditions as built.
 */
@Component
class TrainingRun {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*)\"");
    private static final int MAX_PAGES = 40;
    private static final int ROUNDS = 15;

    private final boolean enabled;

    TrainingRun(@Value("${hemicycle.training-run:false}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        if (!enabled) {
            return;
        }
        ConfigurableApplicationContext context = ready.getApplicationContext();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        new Thread(() -> {
            try {
                train(URI.create("http://127.0.0.1:" + port));
            } catch (Exception failed) {
                log.warn("Training run stopped early: {}", failed.toString());
            } finally {
                System.exit(SpringApplication.exit(context));
            }
        }, "training-run").start();
    }

    private static void train(URI base) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Set<String> pages = new LinkedHashSet<>();
        Deque<String> toRead = new ArrayDeque<>(List.of("/"));
        while (!toRead.isEmpty() && pages.size() < MAX_PAGES) {
            String path = toRead.poll();
            if (!pages.add(path)) {
                continue;
            }
            Matcher links = LINK.matcher(read(client, base, path));
            while (links.find()) {
                String link = links.group(1);
                if (!link.startsWith("/assets") && !link.startsWith("/languages") && !link.startsWith("/logout")) {
                    toRead.add(link);
                }
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (String page : pages) {
                read(client, base, page);
                read(client, base, page + "?lang=es");
            }
        }
        log.info("Training run read {} pages {} times each", pages.size(), ROUNDS * 2 + 1);
    }

    private static String read(HttpClient client, URI base, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
