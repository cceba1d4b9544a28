package org.orgsim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Limits checked before a scenario file is parsed, so that an absurd file is refused at once and
 * not after the YAML parser has spent minutes on it (a 20-million-character name took 71 s and
 * more): a scenario is a few kilobytes of settings; data belongs in import files.
 */
final class ScenarioSizeLimits {
    /** The largest scenario file read (10,000 team entries fit easily). */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** The longest line: any single value longer than this is not a setting. */
    static final int MAX_LINE_CHARACTERS = 10_000;
    /** The longest name (scenario, variant, team): names become folder names and table cells. */
    static final int MAX_NAME_CHARACTERS = 100;
    /** The most teams an organization may have once {@code count} is expanded. */
    static final int MAX_TOTAL_TEAMS = 100_000;

    private ScenarioSizeLimits() {
    }

    /** Refuses a file too large to be a scenario, before reading it. */
    static void requireFileSize(Path file) {
        try {
            long bytes = Files.size(file);
            if (bytes > MAX_FILE_BYTES) {
                throw new ScenarioException(file + ": is " + String.format(Locale.ROOT, "%,d", bytes) + " bytes; a scenario "
                        + "file is at most " + String.format(Locale.ROOT, "%,d", MAX_FILE_BYTES)
                        + " bytes (people and survey data belong in import files)");
            }
        } catch (IOException unreadable) {
            // Reading it reports the problem with its own message.
        }
    }

    /** Refuses text with a line longer than any setting, before parsing it. */
    static void requireLineLengths(String text, String file) {
        int line = 1;
        int start = 0;
        for (int index = 0; index <= text.length(); index++) {
            if (index == text.length() || text.charAt(index) == '\n') {
                if (index - start > MAX_LINE_CHARACTERS) {
                    throw new ScenarioException(file + ":" + line + ": the line is " + String.format(Locale.ROOT, "%,d", index - start)
                            + " characters long; no value in a scenario is longer than "
                            + String.format(Locale.ROOT, "%,d", MAX_LINE_CHARACTERS) + " characters");
                }
                line++;
                start = index + 1;
            }
        }
    }

    /** Refuses a name longer than {@link #MAX_NAME_CHARACTERS}, without repeating it. */
    static void requireNameLength(YamlNode node, String name) {
        if (name.length() > MAX_NAME_CHARACTERS) {
            throw node.problem("is " + name.length() + " characters long; a name has at most " + MAX_NAME_CHARACTERS);
        }
    }
}
