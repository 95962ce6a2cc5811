package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The terms of a loan contract as checked from a form or the API, ready to store. */
record ContractTerms(String number, LocalDate signedOn, BigDecimal amount, BigDecimal annualInterestRate,
		BigDecimal defaultInterestRate) {
}
