package org.orgsim.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The second lock of a local-only server: requests from elsewhere, or for another host name, get 403. */
class LocalOnlyFilterTest {
    @Test
    void onlyLoopbackAddressesAreLocal() {
        assertTrue(LocalOnlyFilter.isLocal(new InetSocketAddress("127.0.0.1", 50_000)));
        assertTrue(LocalOnlyFilter.isLocal(new InetSocketAddress("127.3.4.5", 50_000)));
        assertTrue(LocalOnlyFilter.isLocal(new InetSocketAddress("::1", 50_000)));
        assertFalse(LocalOnlyFilter.isLocal(new InetSocketAddress("192.168.1.20", 50_000)));
        assertFalse(LocalOnlyFilter.isLocal(new InetSocketAddress("10.0.0.7", 50_000)));
        assertFalse(LocalOnlyFilter.isLocal(new InetSocketAddress("8.8.8.8", 50_000)));
        assertFalse(LocalOnlyFilter.isLocal(new InetSocketAddress("0.0.0.0", 50_000)));
        assertFalse(LocalOnlyFilter.isLocal(null));
    }

    @Test
    void onlyHostHeadersNamingThisComputerAreLocal() {
        assertTrue(LocalOnlyFilter.isLocalHost("127.0.0.1:8642"));
        assertTrue(LocalOnlyFilter.isLocalHost("localhost:8642"));
        assertTrue(LocalOnlyFilter.isLocalHost("LOCALHOST"));
        assertTrue(LocalOnlyFilter.isLocalHost("[::1]:8642"));
        assertTrue(LocalOnlyFilter.isLocalHost(null));
        assertFalse(LocalOnlyFilter.isLocalHost("evil.example:8642"), "DNS rebinding: another name for 127.0.0.1");
        assertFalse(LocalOnlyFilter.isLocalHost("localhost.evil.example"));
        assertFalse(LocalOnlyFilter.isLocalHost("127.0.0.1.nip.io:8642"));
        assertFalse(LocalOnlyFilter.isLocalHost("192.168.1.20:8642"));
    }

    @Test
    void aRemoteRequestIsRefusedWithAMessageAndNeverReachesTheHandler() throws Exception {
        FakeExchange remote = new FakeExchange(new InetSocketAddress("192.168.1.20", 50_000), "192.168.1.5:8642");
        AtomicBoolean handled = new AtomicBoolean();
        new LocalOnlyFilter().doFilter(remote, new Filter.Chain(List.of(), exchange -> handled.set(true)));
        assertFalse(handled.get());
        assertEquals(403, remote.status);
        String body = remote.body.toString(StandardCharsets.UTF_8);
        assertTrue(body.contains("only answers this computer") && body.contains("--host"), body);
        assertFalse(body.contains("Exception") || body.contains("\tat "), body);
    }

    @Test
    void aRebindingPageIsRefused() throws Exception {
        FakeExchange rebound = new FakeExchange(new InetSocketAddress("127.0.0.1", 50_000), "evil.example:8642");
        AtomicBoolean handled = new AtomicBoolean();
        new LocalOnlyFilter().doFilter(rebound, new Filter.Chain(List.of(), exchange -> handled.set(true)));
        assertFalse(handled.get());
        assertEquals(403, rebound.status);
    }

    @Test
    void aLocalRequestGoesThrough() throws Exception {
        FakeExchange local = new FakeExchange(new InetSocketAddress("127.0.0.1", 50_000), "127.0.0.1:8642");
        AtomicBoolean handled = new AtomicBoolean();
        new LocalOnlyFilter().doFilter(local, new Filter.Chain(List.of(), exchange -> handled.set(true)));
        assertTrue(handled.get());
        assertEquals(-1, local.status);
    }

    /** An exchange with a chosen remote address and Host header that records what is sent back. */
    private static final class FakeExchange extends HttpExchange {
        private final InetSocketAddress remote;
        private final Headers requestHeaders = new Headers();
        private final Headers responseHeaders = new Headers();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        int status = -1;

        FakeExchange(InetSocketAddress remote, String host) {
            this.remote = remote;
            requestHeaders.add("Host", host);
        }

        @Override public Headers getRequestHeaders() { return requestHeaders; }
        @Override public Headers getResponseHeaders() { return responseHeaders; }
        @Override public URI getRequestURI() { return URI.create("/api/run"); }
        @Override public String getRequestMethod() { return "GET"; }
        @Override public HttpContext getHttpContext() { return null; }
        @Override public void close() { }
        @Override public InputStream getRequestBody() { return new ByteArrayInputStream(new byte[0]); }
        @Override public OutputStream getResponseBody() { return body; }
        @Override public void sendResponseHeaders(int code, long length) { status = code; }
        @Override public InetSocketAddress getRemoteAddress() { return remote; }
        @Override public int getResponseCode() { return status; }
        @Override public InetSocketAddress getLocalAddress() { return new InetSocketAddress("127.0.0.1", 8642); }
        @Override public String getProtocol() { return "HTTP/1.1"; }
        @Override public Object getAttribute(String name) { return null; }
        @Override public void setAttribute(String name, Object value) { }
        @Override public void setStreams(InputStream in, OutputStream out) { }
        @Override public HttpPrincipal getPrincipal() { return null; }
    }
}
