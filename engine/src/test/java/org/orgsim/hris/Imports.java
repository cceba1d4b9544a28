package org.orgsim.hris;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: write small people and survey files, import them with a fixed key, keep the warnings. */
final class Imports {
    /** A fixed key, so that pseudonyms (and everything keyed by them) are the same on every run. */
    static final byte[] KEY = "orgsim test key, not a secret!!!".getBytes(StandardCharsets.US_ASCII);

    /** A valid organization: a manager over two leads (teams alpha and beta), 12 people. */
    static final String PEOPLE = """
            employee_id,manager_id,team,role,fte,hire_date,level,birth_year
            1001,,management,director,1.0,2010-01-04,director,1970
            2001,1001,alpha,lead,1.0,2012-03-01,,1975
            2002,2001,alpha,engineer,0.8,2015-06-15,,1985
            2003,2001,alpha,engineer,1.0,2018-09-01,,1990
            2004,2001,alpha,engineer,0.9,2020-01-01,,1992
            2005,2001,alpha,engineer,1.0,2023-05-01,,1998
            3001,1001,beta,lead,1.0,2011-02-01,,1972
            3002,3001,beta,analyst,1.0,2014-04-01,,1980
            3003,3001,beta,analyst,0.6,2016-07-01,,1988
            3004,3001,beta,analyst,1.0,2019-10-01,,1991
            3005,3001,beta,analyst,0.8,2021-11-01,,1995
            3006,3001,beta,analyst,1.0,2024-12-01,,2000
            """;

    static final String SURVEY = """
            team,respondents,engagement,workload,psych_safety,burnout
            alpha,4,3.5,3.0,4.0,2.0
            beta,5,2.5,4.0,3.0,3.0
            """;

    private Imports() {
    }

    record Outcome(ImportedOrganization organization, List<String> warnings) {
    }

    static Path write(Path directory, String name, String content) {
        return write(directory, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path directory, String name, byte[] content) {
        try {
            Path file = directory.resolve(name);
            Files.write(file, content);
            return file;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static Outcome run(Path people, Path survey, SurveyScale scale) {
        return run(ImportRequest.of(people, survey, scale));
    }

    static Outcome run(ImportRequest request) {
        List<String> warnings = new ArrayList<>();
        ImportedOrganization organization = HrisImport.read(request, Pseudonymizer.withKey(KEY), warnings::add);
        return new Outcome(organization, warnings);
    }

    /** The pseudonym the test key gives a raw id. */
    static String pseudonym(String rawId) {
        return Pseudonymizer.personId(Pseudonymizer.withKey(KEY).pseudonym(rawId));
    }
}
