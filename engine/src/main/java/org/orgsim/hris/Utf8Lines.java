package org.orgsim.hris;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the line of the first byte that is not UTF-8. The reader decodes a file in blocks of
 * thousands of characters, so when decoding fails it cannot tell which line it was on (it said
 * line 1 for a bad byte on line 11); this reads the bytes again, line by line (a line feed byte
 * never occurs inside a UTF-8 sequence), to name the right one.
 */
final class Utf8Lines {
    private Utf8Lines() {
    }

    /** The 1-based line holding the first invalid UTF-8 sequence, or 0 if none (or unreadable). */
    static long firstInvalidLine(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 1;
            for (int next = in.read(); ; next = in.read()) {
                if (next == '\n' || next < 0) {
                    if (!valid(line.toByteArray())) {
                        return number;
                    }
                    if (next < 0) {
                        return 0;
                    }
                    line.reset();
                    number++;
                } else {
                    line.write(next);
                }
            }
        } catch (IOException unreadable) {
            return 0;
        }
    }

    private static boolean valid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException invalid) {
            return false;
        }
    }
}
