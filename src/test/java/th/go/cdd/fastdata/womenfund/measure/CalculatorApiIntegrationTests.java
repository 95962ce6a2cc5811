package th.go.cdd.fastdata.womenfund.measure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The default-interest discount calculator through the API, with the figures stored by the migration. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CalculatorApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void inCourtPaymentOnDaySixtyOneIsCutByAtMostFiftyPercent() throws Exception {
		mvc.perform(post("/api/v1/calculators/default-interest-discount").contentType("application/json")
			.content("{\"stage\":\"IN_COURT\",\"referenceDate\":\"2026-03-01\",\"paidOn\":\"2026-05-01\","
					+ "\"defaultInterest\":12000}")
			.with(csrf())
			.with(user("district.kathu").roles("DISTRICT_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dayOfPayment").value(61))
			.andExpect(jsonPath("$.maxDiscountPercent").value(50.0))
			.andExpect(jsonPath("$.maxDiscountAmount").value(6000.0))
			.andExpect(jsonPath("$.payable").value(6000.0))
			.andExpect(jsonPath("$.lastDayOfTier").value("2026-05-30"));
	}

	@Test
	void badInputIsRefusedNamingEachField() throws Exception {
		mvc.perform(post("/api/v1/calculators/default-interest-discount").contentType("application/json")
			.content("{\"stage\":\"LATER\",\"referenceDate\":\"2026-02-30\",\"paidOn\":\"2026-03-01\"}")
			.with(csrf())
			.with(user("district.kathu").roles("DISTRICT_OFFICER")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("stage")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("referenceDate")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("defaultInterest")));
	}

	@Test
	void aRestructuringSpreadsTheOutstandingOverAtMostTheYearsTheMeasureAllows() throws Exception {
		mvc.perform(post("/api/v1/calculators/restructuring").contentType("application/json")
			.content("{\"outstanding\":48000.50,\"firstDueOn\":\"2027-01-31\",\"years\":2,\"installmentsPerYear\":12}")
			.with(csrf())
			.with(user("district.kathu").roles("DISTRICT_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.installments.length()").value(24))
			.andExpect(jsonPath("$.installments[0].amount").value(2000.02))
			.andExpect(jsonPath("$.installments[1].dueOn").value("2027-02-28"))
			.andExpect(jsonPath("$.installments[23].amount").value(2000.04))
			.andExpect(jsonPath("$.total").value(48000.50))
			.andExpect(jsonPath("$.lastDueOn").value("2028-12-31"));
		mvc.perform(post("/api/v1/calculators/restructuring").contentType("application/json")
			.content("{\"outstanding\":48000,\"firstDueOn\":\"2027-01-31\",\"years\":3}")
			.with(csrf())
			.with(user("district.kathu").roles("DISTRICT_OFFICER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("years"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("1 ถึง 2 ปี")));
	}

}
