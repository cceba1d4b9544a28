package org.orgsim.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The workshop page's HTTP server: the page itself (three bundled files) and the JSON API of
 * {@link WorkshopService}. Without an explicit host it binds to the loopback address and, behind
 * that, {@link LocalOnlyFilter} refuses anything not from this computer.
 *
 * <p>Every refusal is a short JSON message ({@code {"error": "..."}}): 400 for a bad request, 404 for
 * an unknown path, 403 for a request from elsewhere; an unexpected failure is a 500 with a generic
 * message, its stack trace going to the server's terminal, never to the browser.
 */
public final class WorkshopServer implements AutoCloseable {
    private static final int MAX_BODY_BYTES = 16 * 1024;
    private static final Map<String, String> PAGE_FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/app.js", "app.js",
            "/app.css", "app.css");
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static {
        // Without TCP_NODELAY a small answer waits for the client's delayed acknowledgement (~40 ms
        // per request on Linux): too slow for stepping. The JDK server reads this once, when first used.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final WorkshopService service;
    private final PrintWriter log;
    private final boolean localOnly;
    /** The access token of a shared server, null for a local-only one. */
    private final String token;
    private final AtomicBoolean closed = new AtomicBoolean();

    private WorkshopServer(HttpServer server, ExecutorService threads, WorkshopService service, PrintWriter log,
                           boolean localOnly, String token) {
        this.token = token;
        this.server = server;
        this.threads = threads;
        this.service = service;
        this.log = log;
        this.localOnly = localOnly;
    }

    /**
     * Starts serving.
     *
     * @param service what the API answers (closed with the server)
     * @param host    the host to bind to, or null for this computer only (loopback, and the filter)
     * @param port    the port, 0 for any free one
     * @param log     where unexpected failures are reported
     */
    public static WorkshopServer start(WorkshopService service, String host, int port, PrintWriter log) throws IOException {
        return start(service, host, port, log, List.of());
    }

    /**
     * Starts serving; a server given a {@code host} is shared and locked with an access token and a
     * Host allowlist ({@link SharedAccessFilter}): {@code host}, {@code allowHosts} and, for a
     * wildcard address, this machine's names.
     */
    public static WorkshopServer start(WorkshopService service, String host, int port, PrintWriter log,
                                       List<String> allowHosts) throws IOException {
        boolean localOnly = host == null;
        InetAddress address = localOnly ? InetAddress.getLoopbackAddress() : InetAddress.getByName(host);
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "orgsim-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        String token = localOnly ? null : SharedAccessFilter.newToken();
        WorkshopServer workshop = new WorkshopServer(server, threads, service, log, localOnly, token);
        HttpContext context = server.createContext("/", workshop::handle);
        if (localOnly) {
            context.getFilters().add(new LocalOnlyFilter());
        } else {
            context.getFilters().add(new SharedAccessFilter(token, SharedAccessFilter.allowedHosts(host, address, allowHosts)));
        }
        server.setExecutor(threads);
        server.start();
        return workshop;
    }

    /** The address the server listens on (with the actual port when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** True when the server answers this computer only. */
    public boolean localOnly() {
        return localOnly;
    }

    /** The page's address, for the terminal and for tests. */
    public URI uri() {
        InetSocketAddress address = address();
        InetAddress host = address.getAddress();
        String name = host.isAnyLocalAddress() ? "127.0.0.1"
                : host.getHostAddress().contains(":") ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return URI.create("http://" + name + ":" + address.getPort() + "/" + (token == null ? "" : "?token=" + token));
    }

    /** The access token of a shared server (in {@link #uri()} too), empty for a local-only one. */
    public java.util.Optional<String> token() {
        return java.util.Optional.ofNullable(token);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange);
            } catch (ApiException refusal) {
                sendError(exchange, refusal.status(), refusal.getMessage());
            } catch (RuntimeException | Error failure) {
                synchronized (log) {
                    log.println("orgsim serve: " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                            + " failed: " + failure);
                    failure.printStackTrace(log);
                    log.flush();
                }
                sendError(exchange, 500, "internal error (the server's terminal has the details)");
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (!path.startsWith("/api/")) {
            String file = PAGE_FILES.get(path);
            if (file == null) {
                throw ApiException.notFound("no page '" + WorkshopService.shorten(path) + "' (the workshop page is /)");
            }
            requireMethod(method, "GET");
            sendPageFile(exchange, file);
            return;
        }
        if (path.startsWith("/api/fork/")) {
            requireMethod(method, "GET");
            sendJson(exchange, 200, service.fork(URLDecoder.decode(path.substring("/api/fork/".length()), StandardCharsets.UTF_8)));
            return;
        }
        switch (path) {
            case "/api/run" -> {
                requireMethod(method, "GET");
                sendJson(exchange, 200, service.run());
            }
            case "/api/messages" -> {
                requireMethod(method, "GET");
                sendJson(exchange, 200, service.messages(query.get("lang")));
            }
            case "/api/replay" -> {
                requireMethod(method, "GET");
                sendJson(exchange, 200, service.replay(query.get("variant"), query.get("replication")));
            }
            case "/api/week" -> {
                requireMethod(method, "GET");
                sendJson(exchange, 200, service.week(query.get("variant"), query.get("replication"), query.get("week")));
            }
            case "/api/series" -> {
                requireMethod(method, "GET");
                sendJson(exchange, 200, service.series(query.get("variant")));
            }
            case "/api/segments" -> { // issue 15
                requireMethod(method, "GET");
                sendJson(exchange, 200, service.segments(query.get("variant")));
            }
            case "/api/rules" -> {
                requireMethod(method, "GET");
                sendJson(exchange, 200, service.rules());
            }
            case "/api/fork" -> {
                requireMethod(method, "POST");
                sendJson(exchange, 202, service.submitFork(jsonBody(exchange)));
            }
            default -> throw ApiException.notFound("no API endpoint '" + WorkshopService.shorten(path) + "'");
        }
    }

    private static void requireMethod(String method, String expected) {
        if (!method.equals(expected)) {
            throw new ApiException(405, method + " is not allowed here; use " + expected);
        }
    }

    /**
     * The JSON body of a POST. Only {@code application/json} is accepted: a browser cannot send that
     * from another site's page without asking first (CORS preflight, which this server never grants).
     */
    private static JsonNode jsonBody(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
            throw ApiException.badRequest("send the request body as Content-Type: application/json");
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw ApiException.badRequest("the request body is too large (at most " + MAX_BODY_BYTES + " bytes)");
        }
        try {
            JsonNode node = WorkshopService.JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiException.badRequest("the request body is empty; send a JSON object");
            }
            return node;
        } catch (JsonProcessingException failure) {
            throw ApiException.badRequest("the request body is not valid JSON (line " + failure.getLocation().getLineNr()
                    + ", column " + failure.getLocation().getColumnNr() + ")");
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                query.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException failure) {
                throw ApiException.badRequest("the query string is not properly encoded");
            }
        }
        return query;
    }

    private static void sendPageFile(HttpExchange exchange, String file) throws IOException {
        byte[] content;
        try (InputStream in = WorkshopServer.class.getResourceAsStream("web/" + file)) {
            if (in == null) {
                throw new IllegalStateException("web/" + file + " is missing from the build");
            }
            content = in.readAllBytes();
        }
        String type = file.endsWith(".html") ? "text/html; charset=utf-8"
                : file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
        send(exchange, 200, type, content);
    }

    private static void sendJson(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", WorkshopService.JSON.writeValueAsBytes(body));
    }

    /** A refusal: the status and {@code {"error": message}}, nothing else. */
    static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        ObjectNode body = WorkshopService.JSON.createObjectNode();
        body.put("error", message);
        body.put("status", status);
        send(exchange, status, "application/json; charset=utf-8", WorkshopService.JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] content) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : content.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            }
        }
    }

    /** Stops listening and ends the background work; closing again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException failure) {
            Thread.currentThread().interrupt();
        }
        service.close();
    }
}
