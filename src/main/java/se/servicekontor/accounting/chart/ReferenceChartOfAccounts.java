package se.servicekontor.accounting.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import se.servicekontor.accounting.ChartOfAccounts;

/** {@link ChartOfAccounts} from the seeded reference data {@code reference-data/accounting/kommun-bas-chart.csv}. */
@Service
class ReferenceChartOfAccounts implements ChartOfAccounts {

    static final String RESOURCE = "reference-data/accounting/kommun-bas-chart.csv";

    private final List<Account> accounts;

    ReferenceChartOfAccounts() {
        this.accounts = read();
    }

    @Override
    public Optional<Account> find(String number, LocalDate on) {
        String wanted = number == null ? "" : number.strip();
        return accounts.stream().filter(a -> a.number().equals(wanted) && a.validOn(on)).findFirst();
    }

    @Override
    public List<Account> validOn(LocalDate on) {
        return accounts.stream().filter(a -> a.validOn(on)).toList();
    }

    static List<Account> read() {
        List<Account> list = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
                StandardCharsets.UTF_8))) {
            in.readLine(); // header
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(";", -1);
                list.add(new Account(f[0].strip(), f[1].strip(), LocalDate.parse(f[2].strip()),
                        f[3].isBlank() ? null : LocalDate.parse(f[3].strip()), "cost".equals(f[4].strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kontoplanen " + RESOURCE + " kunde inte läsas", e);
        }
        list.sort(Comparator.comparing(Account::number).thenComparing(Account::validFrom));
        return List.copyOf(list);
    }
}
