package org.orgsim.hris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A people file of 100,000 rows (with name and e-mail columns, as exports have) imports in a few
 * seconds, and what it keeps is proportional to the number of people, not to the file's size.
 */
class LargeImportTest {
    private static final int PEOPLE = 100_000;

    @TempDir
    Path temp;

    /** A CEO, 20 directors, 10 managers each, about 48 teams of 10 under each manager. */
    static Path writeFile(Path file, int people) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFFpersoneelsnummer;naam;e-mail;leidinggevende_id;team;functie;fte;datum_in_dienst;geboortejaar\r\n");
            int written = 0;
            written += row(out, random, 1, 0, "Board", "CEO");
            for (int director = 0; director < 20 && written < people; director++) {
                int directorId = 10 + director;
                written += row(out, random, directorId, 1, "Board", "Director");
                for (int manager = 0; manager < 10 && written < people; manager++) {
                    int managerId = 1000 + director * 10 + manager;
                    written += row(out, random, managerId, directorId, "MT", "Manager");
                    for (int team = 0; team < 48 && written < people; team++) {
                        int lead = 10_000_000 + (director * 10 + manager) * 1000 + team * 10;
                        String teamName = String.format(Locale.ROOT, "Team %02d-%d-%02d", director, manager, team);
                        written += row(out, random, lead, managerId, teamName, "Teamleider");
                        for (int member = 1; member < 10 && written < people; member++) {
                            written += row(out, random, lead + member, lead, teamName, "Medewerker");
                        }
                    }
                }
            }
            while (written < people) { // top up with members of the first team
                written += row(out, random, 20_000_000 + written, 10_000_000, "Team 00-0-00", "Medewerker");
            }
        }
        return file;
    }

    private static int row(BufferedWriter out, Random random, int id, int manager, String team, String role)
            throws IOException {
        out.write(Integer.toString(id));
        out.write(";\"Fictief Persoon ");
        out.write(Integer.toString(id));
        out.write("\";fictief.persoon");
        out.write(Integer.toString(id));
        out.write("@voorbeeld.invalid;");
        out.write(manager == 0 ? "" : Integer.toString(manager));
        out.write(';');
        out.write(team);
        out.write(';');
        out.write(role);
        out.write(random.nextInt(4) == 0 ? ";0,8;" : ";1,0;");
        out.write(String.format(Locale.ROOT, "%02d-%02d-%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                1990 + random.nextInt(35)));
        out.write(";1975\r\n");
        return 1;
    }

    @Test
    void aHundredThousandPeopleImportWithMemoryProportionalToTheirNumber() throws IOException {
        Path file = writeFile(temp.resolve("people.csv"), PEOPLE);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        Imports.Outcome outcome = Imports.run(file, null, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        ImportedOrganization organization = outcome.organization();
        System.gc();
        long retained = runtime.totalMemory() - runtime.freeMemory() - heapBefore;
        System.out.printf(Locale.ROOT, "imported %,d people (%,d teams, %,d MB file) in %.2f s; about %,d MB retained%n",
                organization.headcount(), organization.teams().size(), Files.size(file) >> 20, seconds, retained >> 20);
        assertEquals(PEOPLE, organization.headcount());
        assertEquals(3, organization.levelNames().size());
        // The time is printed, not asserted (speed belongs in a benchmark, not in a test that a busy
        // build machine can fail); what is asserted is that memory stays proportional to the file.
        // Proportional to people (pseudonyms, FTE, tenure): a few hundred bytes each, far below 1 KB.
        assertTrue(retained < 100L * PEOPLE * 10, "retained " + retained + " bytes");
    }
}
