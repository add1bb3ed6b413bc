package se.servicekontor.accounting.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.servicekontor.accounting.ChartOfAccounts;
import se.servicekontor.supplierinvoice.CodingAccounts;

/** The chart's cost accounts offered to invoice coding (supplierinvoice's {@link CodingAccounts}). */
@Component
class ChartCodingAccounts implements CodingAccounts {

    private final ChartOfAccounts chart;

    ChartCodingAccounts(ChartOfAccounts chart) {
        this.chart = chart;
    }

    @Override
    public Optional<String> nameOf(String account, LocalDate on) {
        return chart.find(account, on).filter(ChartOfAccounts.Account::costAccount).map(ChartOfAccounts.Account::name);
    }

    @Override
    public List<String> codable(LocalDate on) {
        return chart.validOn(on).stream().filter(ChartOfAccounts.Account::costAccount).map(ChartOfAccounts.Account::toString).toList();
    }
}
