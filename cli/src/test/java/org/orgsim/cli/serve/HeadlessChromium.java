package org.orgsim.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven over the Chrome DevTools protocol (java.net.http WebSocket, no driver,
 * no extra dependency). Collects every console error, uncaught exception and failed load the page
 * reports, so a test can assert there were none.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    private HeadlessChromium(Process process, Path profile, HttpClient http, String debuggerUrl) throws Exception {
        this.process = process;
        this.profile = profile;
        this.socket = http.newWebSocketBuilder().buildAsync(URI.create(debuggerUrl), new Listener())
                .get(20, TimeUnit.SECONDS);
        call("Runtime.enable", JSON.createObjectNode());
        call("Log.enable", JSON.createObjectNode());
        call("Page.enable", JSON.createObjectNode());
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** Starts Chromium with a fresh profile (a temporary folder, deleted on close) and attaches to its first page. */
    static HeadlessChromium launch(int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("orgsim-chromium-");
        Path log = profile.resolve("chromium.log");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-dev-shm-usage", "--mute-audio", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=" + width + "," + height,
                "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Chromium did not start: " + Files.readString(log));
                }
                Thread.sleep(50);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            String debuggerUrl = null;
            while (debuggerUrl == null) {
                HttpResponse<String> targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                for (JsonNode target : JSON.readTree(targets.body())) {
                    if (target.path("type").asText().equals("page")) {
                        debuggerUrl = target.path("webSocketDebuggerUrl").asText();
                        break;
                    }
                }
                if (debuggerUrl == null) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Chromium has no page to attach to");
                    }
                    Thread.sleep(50);
                }
            }
            return new HeadlessChromium(process, profile, http, debuggerUrl);
        } catch (Exception | Error failure) {
            stop(process);
            delete(profile);
            throw failure;
        }
    }

    /** A DevTools call, waited for; throws when the browser reports an error. */
    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        JsonNode response = answer.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (response.has("error")) {
            throw new IllegalStateException(method + " failed: " + response.get("error"));
        }
        return response.path("result");
    }

    void navigate(URI uri) throws Exception {
        call("Page.navigate", JSON.createObjectNode().put("url", uri.toString()));
    }

    /** Evaluates a JavaScript expression in the page (awaiting a promise) and returns its value as JSON. */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("evaluating " + expression + " threw: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /**
     * Waits until a JavaScript condition holds (a condition that throws, as on a page still loading,
     * counts as not yet); fails with what the page shows when it does not in time.
     */
    void waitFor(String condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (evaluate("(() => { try { return Boolean(" + condition + "); } catch (notYet) { return false; } })()").asBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + condition
                        + "; page problems: " + problems() + "; status: "
                        + evaluate("(document.getElementById('status')||{}).textContent") + " / "
                        + evaluate("(document.getElementById('fork-status')||{}).textContent"));
            }
            Thread.sleep(50);
        }
    }

    void screenshot(Path file) throws Exception {
        JsonNode shot = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png")
                .put("captureBeyondViewport", true));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    /** Console errors, uncaught exceptions and failed loads reported so far. */
    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    private void onEvent(String method, JsonNode params) {
        switch (method) {
            case "Runtime.consoleAPICalled" -> {
                String type = params.path("type").asText();
                if (type.equals("error") || type.equals("assert")) {
                    StringBuilder text = new StringBuilder("console." + type + ":");
                    for (JsonNode argument : params.path("args")) {
                        text.append(' ').append(argument.has("value") ? argument.get("value").asText()
                                : argument.path("description").asText());
                    }
                    problems.add(text.toString());
                }
            }
            case "Runtime.exceptionThrown" -> {
                JsonNode details = params.path("exceptionDetails");
                problems.add("uncaught: " + details.path("exception").path("description").asText(details.path("text").asText()));
            }
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                if (entry.path("level").asText().equals("error")) {
                    problems.add("log: " + entry.path("text").asText() + " " + entry.path("url").asText());
                }
            }
            default -> {
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else if (message.has("method")) {
                        onEvent(message.get("method").asText(), message.path("params"));
                    }
                } catch (IOException failure) {
                    problems.add("unreadable DevTools message: " + failure.getMessage());
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(2, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser is stopped below either way
        }
        stop(process);
        delete(profile);
    }

    /** Deletes the profile folder, links included but never what they point to. */
    private static void delete(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }

    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException failure) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
