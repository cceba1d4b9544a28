package org.orgsim.cli.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;

/**
 * Answers only this computer: a request from an address that is not a loopback address, or whose
 * {@code Host} header names another host (a web page elsewhere that rebinds its DNS name to
 * 127.0.0.1), gets 403. The server binds to the loopback address anyway; this filter is the second
 * lock, for the day the binding changes. {@code orgsim serve --host H} leaves it out on purpose.
 */
final class LocalOnlyFilter extends Filter {
    static final String REFUSAL = "this workshop server only answers this computer; start it with --host to share it";

    /** True for a loopback remote address (127.0.0.0/8, ::1). */
    static boolean isLocal(InetSocketAddress remote) {
        if (remote == null) {
            return false;
        }
        InetAddress address = remote.getAddress();
        return address != null && address.isLoopbackAddress();
    }

    /** True when a Host header names this computer (or is absent, as in HTTP/1.0). */
    static boolean isLocalHost(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return true;
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 && host.substring(1, end).equals("::1") && portOnly(host.substring(end + 1));
        }
        int colon = host.indexOf(':');
        String name = colon < 0 ? host : host.substring(0, colon);
        return (name.equals("localhost") || name.equals("127.0.0.1")) && portOnly(colon < 0 ? "" : host.substring(colon));
    }

    private static boolean portOnly(String rest) {
        return rest.isEmpty() || rest.matches(":\\d{1,5}");
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (!isLocal(exchange.getRemoteAddress()) || !isLocalHost(exchange.getRequestHeaders().getFirst("Host"))) {
            WorkshopServer.sendError(exchange, 403, REFUSAL);
            return;
        }
        chain.doFilter(exchange);
    }

    @Override
    public String description() {
        return "answers loopback requests for this computer only";
    }
}
