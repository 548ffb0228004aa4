import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load of bench/consultation.sh, run with `java bench/ConsultationLoad.java` (no build, no dependency):
 *
 * <pre>
 * latency URL COOKIE REQUESTS WORKERS   one page signed in: median, p90, p99 of the time to the whole answer
 * supports BASE SESSIONS_FILE IDS_FILE WORKERS SECONDS ACKED_FILE
 *                                        supports posted to the ideas listed in IDS_FILE, one each, until SECONDS
 *                                        have passed; each acknowledged one (the 302 back to the consultation) is
 *                                        written to ACKED_FILE as it comes, so that a kill -9 meanwhile loses none;
 *                                        each worker signed in with its own session, a line "COOKIE CSRF" of
 *                                        SESSIONS_FILE (as many people supporting at once would be)
 * </pre>
 */
public class ConsultationLoad {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "latency" -> latency(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "supports" -> supports(args[1], Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Path.of(args[6]));
            default -> throw new IllegalArgumentException("latency or supports");
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
    }

    static void latency(String url, String cookie, int requests, int workers) throws Exception {
        HttpClient client = client();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger left = new AtomicInteger(requests);
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long started = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - t0;
                        if (response.statusCode() == 200) {
                            nanos.add(took);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("requests=%d failed=%d req/s=%.0f median_ms=%.1f p90_ms=%.1f p99_ms=%.1f%n", sorted.size(), failed.get(),
                sorted.size() / seconds, ms(sorted, 0.5), ms(sorted, 0.9), ms(sorted, 0.99));
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1e6;
    }

    static void supports(String base, Path sessionsFile, Path idsFile, int workers, int seconds, Path ackedFile)
            throws Exception {
        List<String> ids = Files.readAllLines(idsFile);
        List<String[]> sessions = Files.readAllLines(sessionsFile).stream().filter(line -> !line.isBlank())
                .map(line -> line.strip().split(" ", 2)).toList();
        HttpClient client = client();
        AtomicInteger next = new AtomicInteger();
        AtomicLong acked = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong lastAckNanos = new AtomicLong();
        java.util.Map<String, AtomicLong> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
        long started = System.nanoTime();
        long deadline = started + seconds * 1_000_000_000L;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(ackedFile))) {
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            for (int w = 0; w < workers; w++) {
                String cookie = sessions.get(w % sessions.size())[0];
                String csrf = sessions.get(w % sessions.size())[1];
                pool.submit(() -> {
                    int i;
                    while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < ids.size()) {
                        String id = ids.get(i).strip();
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/ideas/" + id + "/support"))
                                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                                .timeout(Duration.ofSeconds(10))
                                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)).build();
                        try {
                            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() == 302) {
                                synchronized (out) {
                                    out.println(id);
                                    out.flush();
                                }
                                acked.incrementAndGet();
                                lastAckNanos.set(System.nanoTime());
                            } else {
                                refused.incrementAndGet();
                                outcomes.computeIfAbsent("HTTP " + response.statusCode(), k -> new AtomicLong()).incrementAndGet();
                            }
                        } catch (IOException | InterruptedException e) {
                            refused.incrementAndGet();
                            outcomes.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        }
        double until = (Math.max(lastAckNanos.get(), started + 1) - started) / 1e9;
        System.out.printf("acknowledged=%d refused_or_failed=%d %s seconds_to_last_ack=%.1f supports/s=%.0f%n", acked.get(),
                refused.get(), outcomes, until, acked.get() / until);
    }
}
