package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A person's particulars, all but the national ID, as checked from a form or the API. */
record PersonDetails(String title, String firstName, String lastName, LocalDate birthDate, String phone,
		String address, BigDecimal latitude, BigDecimal longitude) {
}
