/**
 * {@code orgsim serve}: the workshop web page. A small HTTP server (the JDK's
 * {@code com.sun.net.httpserver}, no other runtime dependency) serves one page and a JSON API over a
 * recorded run: replayed weeks from a cache (each variant × replication replayed once, in the
 * background), the recorded mean series, the rule library, and what-if forks run in the background.
 *
 * <p>Safety: by default the server binds to the loopback address and, besides, answers only
 * requests from a loopback address whose Host header names this computer ({@link
 * org.orgsim.cli.serve.LocalOnlyFilter}); {@code --host} opts out explicitly. The browser only ever
 * names a rule file of the library — it never sends rule code, because rules are code.
 */
package org.orgsim.cli.serve;
