import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates the synthetic example organization of scenarios/example-org: an HRIS-style people
 * export (people.csv) and a pulse survey (survey.csv). Nobody in them exists: ids are random
 * numbers, names are "Fictief Persoon 001" and the like, e-mail addresses end in .invalid.
 *
 * Run from the repository root (Java 17, no build needed):
 *
 *     java scenarios/example-org/GenerateExampleOrg.java scenarios/example-org
 *
 * A second argument asks for a larger organization of about that many people (orgsim bench uses
 * 100,000): the four departments and the staff teams are repeated under the one director, each copy
 * numbered ("Klantcontact Noord 17"), with ids from a wider range. Without it the output is the
 * 293-person example, unchanged.
 *
 * The output is the same on every run (fixed seed), so the committed files can be regenerated and
 * compared. The people file looks like a Dutch Excel export on purpose: UTF-8 with a byte order
 * mark, ';' as separator, decimal commas, dd-mm-yyyy dates, CRLF line ends, Dutch column names,
 * and columns orgsim ignores (naam, e-mail, afdeling, opmerking) with quoted values that hold
 * separators, quotes and line breaks. The survey is a plain comma-separated file with the scale of
 * each score in its header.
 */
public class GenerateExampleOrg {
    /** A team: name in the team column, its department (index into DEPARTMENTS), people including any lead. */
    record TeamPlan(String name, int department, int people, boolean lead, String job) {
    }

    static final String[] DEPARTMENTS = {"Klantenservice", "ICT", "Financien", "Operations", "Staf"};

    /*
     * What the example shows:
     * - the director and four department managers; Operations has a unit manager between its
     *   manager and two of its teams, so levels are uneven ("ragged");
     * - "Operations" is one value of the team column for two teams with a lead each: the import
     *   splits it into Operations/1 and Operations/2;
     * - Control has a team leader by role while its members report to the department manager;
     * - Security has 4 people: its team-level figures are withheld in outputs;
     * - Juridisch has no lead: its 3 people report to the director directly;
     * - Inkoop has no survey row: it starts from the model's defaults (a warning says so).
     */
    static final List<TeamPlan> TEAMS = List.of(
            new TeamPlan("Klantcontact Noord", 0, 13, true, "Klantadviseur"),
            new TeamPlan("Klantcontact Zuid", 0, 12, true, "Klantadviseur"),
            new TeamPlan("Klantcontact Oost", 0, 12, true, "Klantadviseur"),
            new TeamPlan("Klantcontact West", 0, 11, true, "Klantadviseur"),
            new TeamPlan("Klantcontact Centrum", 0, 12, true, "Klantadviseur"),
            new TeamPlan("Chat", 0, 10, true, "Chatmedewerker"),
            new TeamPlan("Servicedesk", 0, 9, true, "Servicedeskmedewerker"),
            new TeamPlan("Klachten", 0, 8, true, "Klachtbehandelaar"),
            new TeamPlan("Backoffice", 0, 12, true, "Administratief medewerker"),
            new TeamPlan("Platform", 1, 9, true, "Engineer"),
            new TeamPlan("Apps", 1, 11, true, "Ontwikkelaar"),
            new TeamPlan("Data", 1, 8, true, "Data-analist"),
            new TeamPlan("Test", 1, 9, true, "Tester"),
            new TeamPlan("Werkplek", 1, 10, true, "Werkplekbeheerder"),
            new TeamPlan("Security", 1, 4, true, "Security officer"),
            new TeamPlan("Administratie", 2, 11, true, "Boekhouder"),
            new TeamPlan("Salarisadministratie", 2, 7, true, "Salarisadministrateur"),
            new TeamPlan("Control", 2, 6, false, "Controller"),
            new TeamPlan("Operations", 3, 12, true, "Operator"),
            new TeamPlan("Operations", 3, 11, true, "Operator"),
            new TeamPlan("Logistiek", 3, 13, true, "Logistiek medewerker"),
            new TeamPlan("Magazijn Dag", 3, 14, true, "Magazijnmedewerker"),
            new TeamPlan("Magazijn Avond", 3, 12, true, "Magazijnmedewerker"),
            new TeamPlan("Magazijn Nacht", 3, 11, true, "Magazijnmedewerker"),
            new TeamPlan("Planning", 3, 8, true, "Planner"),
            new TeamPlan("Inkoop", 3, 8, true, "Inkoper"),
            new TeamPlan("Facilitair", 3, 9, true, "Facilitair medewerker"),
            new TeamPlan("HR", 4, 7, true, "HR-adviseur"),
            new TeamPlan("Communicatie", 4, 5, true, "Communicatieadviseur"),
            new TeamPlan("Juridisch", 4, 3, false, "Jurist"));

    static final LocalDate REFERENCE = LocalDate.of(2025, 1, 1);

    final Random random = new Random(20250101L);
    /** How often the departments are repeated: 1 for the example itself. */
    final int copies;
    final Set<Integer> usedIds = new HashSet<>();
    final StringBuilder people = new StringBuilder();
    int serial;

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int perCopy = TEAMS.stream().mapToInt(TeamPlan::people).sum() + 5; // + the managers of a copy
        new GenerateExampleOrg(Math.max(1, (int) Math.round((double) people / perCopy))).write(out);
    }

    GenerateExampleOrg(int copies) {
        this.copies = copies;
    }

    /** The suffix of copy {@code copy} in names ("" for the example itself). */
    String suffix(int copy) {
        return copies == 1 ? "" : " " + (copy + 1);
    }

    void write(Path out) throws IOException {
        people.append('\uFEFF');
        line("personeelsnummer", "naam", "e-mail", "leidinggevende_id", "team", "afdeling", "functie", "fte",
                "datum_in_dienst", "geboortejaar", "niveau", "opmerking");
        int director = person(null, "Staf", "Staf", "Directeur", "directie", 1990, 2005);
        for (int copy = 0; copy < copies; copy++) {
            writeCopy(director, suffix(copy));
        }
        Files.writeString(out.resolve("people.csv"), people.toString(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("survey.csv"), survey(), StandardCharsets.UTF_8);
        System.out.println("wrote " + serial + " people to " + out.resolve("people.csv") + " and "
                + out.resolve("survey.csv"));
    }

    /** The four departments and the staff teams under the director; names end in {@code suffix}. */
    void writeCopy(int director, String suffix) {
        int[] departmentManager = new int[DEPARTMENTS.length];
        for (int department = 0; department < 4; department++) {
            departmentManager[department] = person(director, DEPARTMENTS[department] + suffix + " MT",
                    DEPARTMENTS[department] + suffix, "Afdelingsmanager", "afdeling", 1995, 2018);
        }
        departmentManager[4] = director; // Staf teams report to the director
        int unitManager = person(departmentManager[3], "Operations" + suffix + " MT", "Operations" + suffix, "Unitmanager",
                "unit", 2000, 2020);
        for (TeamPlan plan : TEAMS) {
            TeamPlan team = new TeamPlan(plan.name() + suffix, plan.department(), plan.people(), plan.lead(), plan.job());
            String department = DEPARTMENTS[team.department()] + suffix;
            int above = plan.name().equals("Logistiek") || plan.name().startsWith("Magazijn") ? unitManager
                    : departmentManager[team.department()];
            int lead = -1;
            int members = team.people();
            if (team.lead()) {
                lead = person(above, team.name(), department, "Teamleider", "", 2000, 2022);
                members--;
            } else if (plan.name().equals("Control")) {
                // A team leader by role only: the members report to the department manager.
                person(above, team.name(), department, "Teamleider", "", 2005, 2021);
                members--;
            }
            for (int member = 0; member < members; member++) {
                person(lead >= 0 ? lead : above, team.name(), department, team.job(), "", 1996, 2024);
            }
        }
    }

    /** Writes one person and returns their employee id. */
    int person(Integer manager, String team, String department, String role, String level, int hiredFrom, int hiredTo) {
        serial++;
        int id;
        do {
            id = copies == 1 ? 100000 + random.nextInt(900000) : 10000000 + random.nextInt(90000000);
        } while (!usedIds.add(id));
        String number = String.format(Locale.ROOT, "%03d", serial);
        String name = "Fictief Persoon " + number;
        if (serial % 25 == 0) {
            name = "Persoon; Fictief " + number; // a separator inside a quoted value
        } else if (serial % 40 == 0) {
            name = "Fictief \"Test\" Persoon " + number; // quotes inside a quoted value
        }
        String email = "fictief.persoon" + number + "@voorbeeld.invalid";
        LocalDate hired = LocalDate.of(hiredFrom, 1, 1).plusDays(random.nextInt(
                (int) (LocalDate.of(hiredTo, 12, 15).toEpochDay() - LocalDate.of(hiredFrom, 1, 1).toEpochDay())));
        int born = Math.min(hired.getYear() - 18, 1958 + random.nextInt(45));
        String[] ftes = {"1,0", "1,0", "0,9", "0,8", "0,8", "0,6", "0,5"};
        String fte = role.equals("Directeur") || role.endsWith("manager") ? "1,0" : ftes[random.nextInt(ftes.length)];
        String remark = serial % 30 == 0 ? "Fictieve opmerking;\nmet een tweede regel" : "";
        line(Integer.toString(id), name, email, manager == null ? "" : Integer.toString(manager), team, department, role,
                fte, String.format(Locale.ROOT, "%02d-%02d-%d", hired.getDayOfMonth(), hired.getMonthValue(),
                        hired.getYear()), Integer.toString(born), level, remark);
        return id;
    }

    void line(String... cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            boolean needsQuotes = cell.contains(";") || cell.contains("\"") || cell.contains("\n");
            quoted.add(needsQuotes ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        people.append(String.join(";", quoted)).append("\r\n");
    }

    /** One row per team (by the team column's value), Inkoop left out. */
    String survey() {
        StringBuilder text = new StringBuilder(
                "team,respondents,engagement (1-5),workload (1-5),psych_safety (1-5),burnout (0-100)\n");
        for (int copy = 0; copy < copies; copy++) {
            surveyCopy(text, suffix(copy));
        }
        return text.toString();
    }

    void surveyCopy(StringBuilder text, String suffix) {
        Set<String> done = new HashSet<>();
        for (TeamPlan team : TEAMS) {
            if (team.name().equals("Inkoop") || !done.add(team.name())) {
                continue;
            }
            int size = TEAMS.stream().filter(other -> other.name().equals(team.name())).mapToInt(TeamPlan::people).sum();
            int respondents = Math.max(1, (int) Math.round(size * (0.6 + 0.3 * random.nextDouble())));
            // Customer contact under more pressure; ICT more engaged; the rest in between.
            double pressure = team.department() == 0 ? 0.5 : team.department() == 1 ? -0.2 : 0;
            double engagement = 3.5 - 0.4 * pressure + 0.3 * random.nextGaussian();
            double workload = 3.1 + 0.6 * pressure + 0.2 * random.nextGaussian();
            double safety = 3.7 - 0.3 * pressure + 0.25 * random.nextGaussian();
            double burnout = 14 + 14 * pressure + 4 * random.nextGaussian();
            text.append(String.format(Locale.ROOT, "%s,%d,%.1f,%.1f,%.1f,%.0f\n", team.name() + suffix, respondents,
                    clamp(engagement, 1, 5), clamp(workload, 1, 5), clamp(safety, 1, 5), clamp(burnout, 0, 100)));
        }
    }

    static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
