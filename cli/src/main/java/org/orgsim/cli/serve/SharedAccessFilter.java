package org.orgsim.cli.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The locks of a server shared on the network ({@code serve --host H}), where anybody who can reach
 * the port could otherwise read the run and start forks:
 *
 * <ol>
 *   <li><b>Host allowlist.</b> The {@code Host} header must name the server by a name it was started
 *       with: {@code H} itself, the names given with {@code --allow-host}, and, when {@code H} is a
 *       wildcard address (0.0.0.0, ::), this machine's host name and interface addresses. Anything
 *       else is a page elsewhere that rebinds its DNS name to this server: 403.</li>
 *   <li><b>Access token.</b> A random token, printed in the page's address at start
 *       ({@code http://host:port/?token=...}), must come with every request: in that query
 *       parameter (the page then keeps it in a same-site, HTTP-only cookie), in the cookie, or in an
 *       {@code X-Orgsim-Token} header (scripts). Without it: 401.</li>
 * </ol>
 */
final class SharedAccessFilter extends Filter {
    static final String COOKIE = "orgsim_token";
    static final String HEADER = "X-Orgsim-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    private final Set<String> allowedHosts;

    SharedAccessFilter(String token, Set<String> allowedHosts) {
        this.token = token;
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    /** A new random token: 128 bits, hex. */
    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The host names a server bound to {@code address} (given as {@code host}) answers to. */
    static Set<String> allowedHosts(String host, InetAddress address, List<String> extraNames) {
        Set<String> names = new TreeSet<>();
        names.add(normalize(host));
        extraNames.forEach(name -> names.add(normalize(name)));
        if (address.isAnyLocalAddress()) {
            try {
                InetAddress local = InetAddress.getLocalHost();
                names.add(normalize(local.getHostName()));
                names.add(normalize(local.getCanonicalHostName()));
            } catch (IOException unknown) {
                // No host name: the addresses below still work.
            }
            names.add("localhost");
            try {
                for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress bound : Collections.list(network.getInetAddresses())) {
                        names.add(normalize(bound.getHostAddress()));
                    }
                }
            } catch (SocketException noInterfaces) {
                // Only the names above, then.
            }
        } else {
            names.add(normalize(address.getHostAddress()));
        }
        return names;
    }

    /** Lower case, without IPv6 brackets and zone (fe80::1%eth0). */
    private static String normalize(String name) {
        String plain = name.strip().toLowerCase(Locale.ROOT);
        if (plain.startsWith("[") && plain.endsWith("]")) {
            plain = plain.substring(1, plain.length() - 1);
        }
        int zone = plain.indexOf('%');
        return zone >= 0 ? plain.substring(0, zone) : plain;
    }

    /** The host name of a {@code Host} header, without its port; null if there is none. */
    static String hostOf(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String host = header.strip();
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? normalize(host.substring(0, end + 1)) : null;
        }
        int colon = host.indexOf(':');
        return normalize(colon < 0 ? host : host.substring(0, colon));
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = hostOf(exchange.getRequestHeaders().getFirst("Host"));
        if (host == null || !allowedHosts.contains(host)) {
            WorkshopServer.sendError(exchange, 403, "this workshop server answers only to the names it was started with ("
                    + String.join(", ", allowedHosts) + "); add one with --allow-host");
            return;
        }
        String fromQuery = queryToken(exchange.getRequestURI().getRawQuery());
        if (matches(fromQuery)) {
            exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
        } else if (!matches(exchange.getRequestHeaders().getFirst(HEADER)) && !matches(cookieToken(exchange))) {
            WorkshopServer.sendError(exchange, 401, "this workshop server needs its access token: open the address it printed "
                    + "when it started (it ends with ?token=...)");
            return;
        }
        chain.doFilter(exchange);
    }

    private boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    private static String queryToken(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("token=")) {
                return URLDecoder.decode(pair.substring("token=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String cookieToken(HttpExchange exchange) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String cookie : header.split(";")) {
                String trimmed = cookie.strip();
                if (trimmed.startsWith(COOKIE + "=")) {
                    return trimmed.substring(COOKIE.length() + 1);
                }
            }
        }
        return null;
    }

    @Override
    public String description() {
        return "answers requests for the names it was started with that carry the access token";
    }
}
