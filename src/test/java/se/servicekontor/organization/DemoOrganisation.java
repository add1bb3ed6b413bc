package se.servicekontor.organization;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The fictional municipality "Exempelby kommun": 6 departments, 40 cost centres, 60 users, 2 000
 * employees and its attest register, generated deterministically (fixed seed). Names are common
 * Swedish first and last names; personal identity numbers are made up (born 1950–2005), unique and
 * have a valid check digit. Written to xlsx by {@link DemoOrganisationWorkbook}.
 */
final class DemoOrganisation {

    record Department(String code, String name) {}
    record CostCentre(String code, String name, String department, int weight) {}
    record User(String username, String name, String email, String roles, String department) {}
    record Employee(String pin, String firstName, String lastName, String costCentre, boolean protectedIdentity, String username) {}
    record Attest(String username, String costCentre, String kind, BigDecimal limit, LocalDate from, LocalDate to, String substitute) {}

    static final int EMPLOYEES = 2_000;
    static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);

    final List<Department> departments = List.of(
            new Department("KSF", "Kommunstyrelseförvaltningen"), new Department("UTB", "Utbildningsförvaltningen"),
            new Department("SOC", "Socialförvaltningen"), new Department("VOF", "Vård- och omsorgsförvaltningen"),
            new Department("SBF", "Samhällsbyggnadsförvaltningen"), new Department("KFF", "Kultur- och fritidsförvaltningen"));
    final List<CostCentre> costCentres = List.of(
            cc("1010", "Kommunledning", "KSF", 15), cc("1020", "Servicekontoret – Kundcenter", "KSF", 14),
            cc("1030", "Servicekontoret – Lönecenter", "KSF", 12), cc("1040", "Servicekontoret – Ekonomicenter", "KSF", 10),
            cc("1050", "HR-avdelningen", "KSF", 14), cc("1060", "IT-avdelningen", "KSF", 18), cc("1070", "Kommunikation", "KSF", 8),
            cc("2010", "Förvaltningsledning utbildning", "UTB", 15), cc("2110", "Förskolan Ekbacken", "UTB", 40),
            cc("2120", "Förskolan Solrosen", "UTB", 40), cc("2130", "Förskolan Lärkan", "UTB", 40),
            cc("2210", "Centralskolan F–6", "UTB", 90), cc("2220", "Norrskolan F–9", "UTB", 110),
            cc("2230", "Söderskolan 7–9", "UTB", 80), cc("2310", "Exempelby gymnasium", "UTB", 120),
            cc("2410", "Vuxenutbildningen", "UTB", 30), cc("2510", "Elevhälsan", "UTB", 25),
            cc("3010", "Förvaltningsledning socialtjänst", "SOC", 12), cc("3110", "Barn och familj", "SOC", 45),
            cc("3120", "Försörjningsstöd", "SOC", 30), cc("3130", "Missbruk och beroende", "SOC", 25),
            cc("3210", "LSS-boendet Tallen", "SOC", 50), cc("3220", "Daglig verksamhet", "SOC", 40),
            cc("4010", "Förvaltningsledning vård och omsorg", "VOF", 15), cc("4110", "Hemtjänst Norr", "VOF", 150),
            cc("4120", "Hemtjänst Söder", "VOF", 140), cc("4210", "Särskilt boende Lindgården", "VOF", 130),
            cc("4220", "Särskilt boende Björkhagen", "VOF", 120), cc("4310", "Hemsjukvård", "VOF", 60),
            cc("4410", "Rehabilitering", "VOF", 30),
            cc("5010", "Förvaltningsledning samhällsbyggnad", "SBF", 10), cc("5110", "Gata och park", "SBF", 45),
            cc("5120", "Vatten och avlopp", "SBF", 40), cc("5210", "Bygglov", "SBF", 15),
            cc("5220", "Miljö- och hälsoskydd", "SBF", 15), cc("5310", "Fastighet och lokaler", "SBF", 35),
            cc("6010", "Förvaltningsledning kultur och fritid", "KFF", 6), cc("6110", "Biblioteket", "KFF", 25),
            cc("6210", "Fritidsgårdar", "KFF", 30), cc("6310", "Idrottsanläggningar", "KFF", 25));
    final List<User> users = new ArrayList<>();
    final List<Employee> employees = new ArrayList<>();
    final List<Attest> attestRights = new ArrayList<>();

    private static final String[] WOMEN = {"Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Emma", "Ingrid",
            "Malin", "Linnea", "Johanna", "Sofia", "Elin", "Ida", "Hanna", "Birgitta", "Marie", "Susanne", "Julia",
            "Camilla", "Annika", "Jenny", "Helena", "Åsa", "Ulla", "Frida", "Moa", "Ebba", "Agneta"};
    private static final String[] MEN = {"Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas",
            "Jan", "Daniel", "Fredrik", "Hans", "Bengt", "Andreas", "Stefan", "Mats", "Magnus", "Oskar", "Mattias",
            "Jonas", "Nils", "Alexander", "Björn", "Gustav", "Viktor", "Emil", "Henrik", "Patrik", "Göran"};
    private static final String[] SURNAMES = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
            "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
            "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren",
            "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund",
            "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund"};

    private final Random random = new Random(20_261_123L);
    private final Set<String> pins = new HashSet<>();
    private final Set<String> usernames = new HashSet<>();

    DemoOrganisation() {
        addUsers();
        addAttestRights();
        addEmployees();
    }

    private static CostCentre cc(String code, String name, String department, int weight) {
        return new CostCentre(code, name, department, weight);
    }

    private void addUsers() {
        user("admin", "Systemadministratör", "ADMIN", "KSF", null);
        user("lon1", null, "PAYROLL_OFFICER", "KSF", "1030");
        user("lon2", null, "PAYROLL_OFFICER", "KSF", "1030");
        user("lon3", null, "PAYROLL_OFFICER", "KSF", "1030");
        user("eko1", null, "ECONOMY_OFFICER", "KSF", "1040");
        user("eko2", null, "ECONOMY_OFFICER", "KSF", "1040");
        user("eko3", null, "ECONOMY_OFFICER", "KSF", "1040");
        user("kund1", null, "AGENT", "KSF", "1020");
        user("kund2", null, "AGENT", "KSF", "1020");
        user("kund3", null, "AGENT", "KSF", "1020");
        user("kund4", null, "AGENT", "KSF", "1020");
        user("revisor", "Extern revisor", "AUDITOR", null, null);
        for (Department d : departments) {
            String head = "chef." + Map.of("KSF", "ks", "UTB", "skola", "SOC", "soc", "VOF", "vof", "SBF", "sbf", "KFF", "kff").get(d.code());
            user(head, null, "APPROVER, MANAGER", d.code(), firstCostCentre(d.code()));
            user("ekonom." + d.code().toLowerCase(Locale.ROOT), null, "APPROVER", d.code(), firstCostCentre(d.code()));
        }
        user("bitr.chef.skola", null, "APPROVER", "UTB", "2010");
        user("bitr.chef.vof", null, "APPROVER", "VOF", "4010");
        for (CostCentre c : costCentres) {
            if (!c.code().endsWith("010")) { // the department's own cost centre is run by its head
                user(null, null, "APPROVER", c.department(), c.code());
            }
        }
    }

    private void addAttestRights() {
        for (Department d : departments) {
            String head = headOf(d.code());
            String deputy = d.code().equals("UTB") ? "bitr.chef.skola" : d.code().equals("VOF") ? "bitr.chef.vof"
                    : d.code().equals("KSF") ? "chef.soc" : "chef.ks";
            String own = firstCostCentre(d.code());
            attestRights.add(new Attest(head, own, "beslut", kr(500_000), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), deputy));
            for (CostCentre c : costCentresOf(d.code())) {
                attestRights.add(new Attest(head, c.code(), "beslut", d.code().equals("KSF") ? null : kr(1_000_000), YEAR_START, null, deputy));
                attestRights.add(new Attest("ekonom." + d.code().toLowerCase(Locale.ROOT), c.code(), "granskning", kr(200_000), YEAR_START, null, null));
                if (deputy.startsWith("bitr.")) {
                    attestRights.add(new Attest(deputy, c.code(), "beslut", kr(250_000), YEAR_START, null, head));
                }
            }
        }
        for (User u : users) {
            if (u.roles().equals("APPROVER") && !u.username().startsWith("ekonom.") && !u.username().startsWith("bitr.")) {
                String costCentre = employees.stream().filter(e -> u.username().equals(e.username())).findFirst().orElseThrow().costCentre();
                attestRights.add(new Attest(u.username(), costCentre, "granskning", null, YEAR_START, null, null));
                attestRights.add(new Attest(u.username(), costCentre, "beslut", kr(50_000), YEAR_START, null, headOf(u.department())));
            }
        }
    }

    private void addEmployees() {
        int total = costCentres.stream().mapToInt(CostCentre::weight).sum();
        while (employees.size() < EMPLOYEES) {
            int pick = random.nextInt(total);
            CostCentre target = null;
            for (CostCentre c : costCentres) {
                pick -= c.weight();
                if (pick < 0) {
                    target = c;
                    break;
                }
            }
            boolean woman = random.nextInt(100) < 70; // as in municipal staff
            String first = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
            String last = SURNAMES[random.nextInt(SURNAMES.length)];
            employees.add(new Employee(pin(woman), first, last, target.code(), random.nextInt(200) == 0, null));
        }
    }

    private void user(String username, String name, String roles, String department, String costCentre) {
        boolean woman = random.nextBoolean();
        String first = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
        String last = SURNAMES[random.nextInt(SURNAMES.length)];
        String login = username != null ? username : uniqueUsername(ascii(first + "." + last));
        usernames.add(login);
        String display = name != null ? name : first + " " + last;
        users.add(new User(login, display, login + "@exempelby.se", roles, department));
        if (costCentre != null) {
            employees.add(new Employee(pin(woman), first, last, costCentre, false, login));
        }
    }

    private String uniqueUsername(String base) {
        String name = base;
        for (int n = 2; usernames.contains(name); n++) {
            name = base + n;
        }
        return name;
    }

    /** A made-up personnummer: born 1950–2005, serial odd for men and even for women, Luhn check digit. */
    private String pin(boolean woman) {
        while (true) {
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(56 * 365));
            int serial = random.nextInt(100) * 10 + (random.nextInt(5) * 2 + (woman ? 0 : 1));
            String nine = String.format("%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(), serial);
            String pin = born.getYear() / 100 + nine.substring(0, 6) + "-" + nine.substring(6) + luhn(nine);
            if (pins.add(pin)) {
                return pin;
            }
        }
    }

    static int luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int p = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += p > 9 ? p - 9 : p;
        }
        return (10 - sum % 10) % 10;
    }

    String headOf(String department) {
        return users.stream().filter(u -> u.username().startsWith("chef.") && department.equals(u.department()))
                .findFirst().orElseThrow().username();
    }

    List<CostCentre> costCentresOf(String department) {
        return costCentres.stream().filter(c -> c.department().equals(department)).toList();
    }

    private String firstCostCentre(String department) {
        return costCentresOf(department).get(0).code();
    }

    private static BigDecimal kr(long kronor) {
        return BigDecimal.valueOf(kronor).setScale(2);
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("Förvaltningar", departments.size());
        counts.put("Ansvar", costCentres.size());
        counts.put("Användare", users.size());
        counts.put("Anställda", employees.size());
        counts.put("Attesträtter", attestRights.size());
        return counts;
    }
}
