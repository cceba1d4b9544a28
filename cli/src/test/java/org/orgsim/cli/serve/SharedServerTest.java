package org.orgsim.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orgsim.workshop.Fork;
import org.orgsim.workshop.RecordedRun;

/**
 * A server shared on the network ({@code --host}) answers only requests that carry its access token
 * and name it by a name it was started with; the fork queue is bounded (429 when full).
 */
class SharedServerTest {
    @TempDir
    static Path temp;
    private static RecordedRun recorded;
    private static Path library;
    private static WorkshopServer server;
    private static int port;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        recorded = RecordedRun.load(RecordedRuns.record(temp, RecordedRuns.SMALL, 2));
        library = RecordedRuns.library(temp, "coach-leaders-now.drl");
        StringWriter log = new StringWriter();
        server = WorkshopServer.start(WorkshopService.open(recorded, library, "en", 1, new PrintWriter(log, true)),
                "0.0.0.0", 0, new PrintWriter(log, true), List.of("workshop.example"));
        port = server.address().getPort();
        token = server.token().orElseThrow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The status line and headers of a GET sent as raw HTTP, with any Host header. */
    private static String get(String host, String path, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder answer = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                answer.append(line).append('\n');
            }
            return answer.toString();
        }
    }

    @Test
    void theAddressPrintedAtStartHoldsTheToken() {
        assertTrue(!server.localOnly() && token.matches("[0-9a-f]{32}"), token);
        assertEquals("token=" + token, server.uri().getQuery());
    }

    @Test
    void withoutTheTokenNothingIsAnswered() throws IOException {
        String host = "127.0.0.1:" + port;
        assertTrue(get(host, "/api/run").startsWith("HTTP/1.1 401"), get(host, "/api/run"));
        assertTrue(get(host, "/").startsWith("HTTP/1.1 401"));
        assertTrue(get(host, "/api/run?token=" + "0".repeat(32)).startsWith("HTTP/1.1 401"));
        assertTrue(get(host, "/api/run", "X-Orgsim-Token: wrong").startsWith("HTTP/1.1 401"));
        assertTrue(get(host, "/api/run").contains("needs its access token"));
    }

    @Test
    void theTokenOpensThePageAndTheCookieKeepsItOpen() throws IOException {
        String host = "127.0.0.1:" + port;
        String page = get(host, "/?token=" + token);
        assertTrue(page.startsWith("HTTP/1.1 200"), page);
        assertTrue(page.contains("Set-cookie: orgsim_token=" + token + "; Path=/; HttpOnly; SameSite=Strict")
                || page.contains("Set-Cookie: orgsim_token=" + token + "; Path=/; HttpOnly; SameSite=Strict"), page);
        assertTrue(get(host, "/api/run", "Cookie: orgsim_token=" + token).startsWith("HTTP/1.1 200"));
        assertTrue(get(host, "/api/run", "X-Orgsim-Token: " + token).startsWith("HTTP/1.1 200"));
    }

    @Test
    void aHostNameItWasNotStartedWithIsRefusedEvenWithTheToken() throws IOException {
        String spoofed = get("evil.example:" + port, "/api/run", "X-Orgsim-Token: " + token);
        assertTrue(spoofed.startsWith("HTTP/1.1 403"), spoofed);
        assertTrue(spoofed.contains("answers only to the names it was started with"), spoofed);
        assertTrue(get("workshop.example:" + port, "/api/run", "X-Orgsim-Token: " + token).startsWith("HTTP/1.1 200"),
                "--allow-host names are allowed");
        assertTrue(get("localhost.evil.example", "/api/run", "X-Orgsim-Token: " + token).startsWith("HTTP/1.1 403"));
    }

    /** An executor that keeps what it is given: the forks stay queued. */
    private static final class Holding extends AbstractExecutorService {
        final List<Runnable> held = new ArrayList<>();

        @Override public void execute(Runnable command) { held.add(command); }
        @Override public void shutdown() { }
        @Override public List<Runnable> shutdownNow() { return held; }
        @Override public boolean isShutdown() { return false; }
        @Override public boolean isTerminated() { return false; }
        @Override public boolean awaitTermination(long timeout, TimeUnit unit) { return true; }
    }

    @Test
    void theForkQueueIsBounded() {
        ForkJobs jobs = new ForkJobs(1, new PrintWriter(new StringWriter(), true), new Holding());
        Fork fork = Fork.plan(recorded, null, 3, List.of(library.resolve("coach-leaders-now.drl")), 2);
        for (int index = 0; index < ForkJobs.MAX_PENDING; index++) {
            jobs.submit(fork, "coach-leaders-now.drl");
        }
        ApiException full = assertThrows(ApiException.class, () -> jobs.submit(fork, "coach-leaders-now.drl"));
        assertEquals(429, full.status());
        assertTrue(full.getMessage().contains("4 forks are already waiting or running"), full.getMessage());
    }
}
