package org.orgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Entity keys are FNV-1a over a name's UTF-8 bytes, mixed (docs/model.md 2.12): the streams depend on it. */
class RandomStreamsTest {
    @Test
    void entityKeysHashTheUtf8BytesOfAnyName() {
        for (String name : List.of("", "team:Sales/hire/3", "review/Directeur", "Één team/member/1", "Zoë", "团队/7")) {
            long hash = 0xCBF29CE484222325L;
            for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                hash ^= (b & 0xFF);
                hash *= 0x100000001B3L;
            }
            assertEquals(RandomStreams.mix(hash), RandomStreams.entityKey(name), name);
        }
    }
}
