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

	@Test
	void thePenaltyWaiverCloseOutEndsOnDayThirtyCountedFromTheDayAfterTheApproval() throws Exception {
		// approved 1 Jan: day 30 is 31 Jan (within), day 31 is 1 Feb (too late)
		mvc.perform(post("/api/v1/calculators/close-out").contentType("application/json")
			.content("{\"approvedOn\":\"2026-01-01\",\"paidOn\":\"2026-01-31\"}")
			.with(csrf())
			.with(user("district.kathu").roles("DISTRICT_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.periodDays").value(30))
			.andExpect(jsonPath("$.lastDay").value("2026-01-31"))
			.andExpect(jsonPath("$.dayOfPayment").value(30))
			.andExpect(jsonPath("$.withinPeriod").value(true));
		mvc.perform(post("/api/v1/calculators/close-out").contentType("application/json")
			.content("{\"approvedOn\":\"2026-01-01\",\"paidOn\":\"2026-02-01\"}")
			.with(csrf())
			.with(user("district.kathu").roles("DISTRICT_OFFICER")))
			.andExpect(jsonPath("$.dayOfPayment").value(31))
			.andExpect(jsonPath("$.withinPeriod").value(false));
	}

	@Test
	void theInterestReductionShowsEachMonthsRateBesideTheLateRateAndSaysMonthThreeIsOpen() throws Exception {
		// 12,000 overdue, approved 31 Jan 2026: month 1 is 1-28 Feb (28 days) at 1 %/yr = 12,000 x 1% x 28/365 = 9.21
		mvc.perform(post("/api/v1/calculators/interest-reduction").contentType("application/json")
			.content("{\"approvedOn\":\"2026-01-31\",\"overduePrincipal\":12000,\"months\":6,\"paidOnTime\":true}")
			.with(csrf())
			.with(user("district.kathu").roles("DISTRICT_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.months.length()").value(6))
			.andExpect(jsonPath("$.months[0].days").value(28))
			.andExpect(jsonPath("$.months[0].ratePercent").value(1.0))
			.andExpect(jsonPath("$.months[0].interest").value(9.21))
			.andExpect(jsonPath("$.months[2].note").value(org.hamcrest.Matchers.containsString("ไม่ระบุ")))
			.andExpect(jsonPath("$.months[3].ratePercent").value(0.1))
			.andExpect(jsonPath("$.months[0].interestAtLateRate").value(69.04));
		// still late from month 4: 7.5 %/yr
		mvc.perform(post("/api/v1/calculators/interest-reduction").contentType("application/json")
			.content("{\"approvedOn\":\"2026-01-31\",\"overduePrincipal\":12000,\"months\":6,\"paidOnTime\":false}")
			.with(csrf())
			.with(user("district.kathu").roles("DISTRICT_OFFICER")))
			.andExpect(jsonPath("$.months[3].ratePercent").value(7.5));
	}

	@Test
	void defaultInterestByDayNamesEachBadField() throws Exception {
		mvc.perform(post("/api/v1/calculators/default-interest").contentType("application/json")
			.content("{\"annualRate\":7.5,\"asOf\":\"2026-03-02\",\"installments\":[{\"on\":\"2026-01-31\",\"amount\":10000}]}")
			.with(csrf())
			.with(user("district.kathu").roles("DISTRICT_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.interest").value(61.64));
		mvc.perform(post("/api/v1/calculators/default-interest").contentType("application/json")
			.content("{\"annualRate\":-1,\"asOf\":\"2026-02-30\",\"installments\":[{\"on\":\"2026-01-31\",\"amount\":0}]}")
			.with(csrf())
			.with(user("district.kathu").roles("DISTRICT_OFFICER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("annualRate")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("asOf")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("installments[0].amount")));
	}

	@Autowired
	MeasureParameters parameters;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void aNewFigureFromAnAnnouncementAppliesFromItsDateAndTheOldOneEndsTheDayBefore() throws Exception {
		var province = user("province").roles("PROVINCE_OFFICER");
		java.time.LocalDate from = java.time.LocalDate.of(2157, 1, 1); // 1/1/2700 B.E.: no other test reaches it
		mvc.perform(post("/womenfund/measures/figures").param("key", "PENALTY_WAIVER/CLOSE_OUT_DAYS").param("value", "45")
			.param("effectiveFrom", "1/1/2700").param("source", "").with(csrf()).with(province))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("กรุณาระบุที่มา")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"45\"")));
		mvc.perform(post("/womenfund/measures/figures").param("key", "PENALTY_WAIVER/CLOSE_OUT_DAYS").param("value", "สี่สิบห้า")
			.param("effectiveFrom", "1/1/2700").param("source", "ประกาศ").with(csrf()).with(province))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ค่าต้องเป็นตัวเลข")));
		mvc.perform(post("/womenfund/measures/figures").param("key", "PENALTY_WAIVER/CLOSE_OUT_DAYS").param("value", "45")
			.param("effectiveFrom", "1/1/2560").param("source", "ประกาศ").with(csrf()).with(province))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("วันที่มีผลต้องเป็นวันหลังจากวันนี้")));
		mvc.perform(post("/womenfund/measures/figures").param("key", "PENALTY_WAIVER/CLOSE_OUT_DAYS").param("value", "45")
			.param("effectiveFrom", "1/1/2700").param("source", "ประกาศ").with(csrf())
			.with(user("district.kathu").roles("DISTRICT_OFFICER")))
			.andExpect(status().isForbidden());

		mvc.perform(post("/womenfund/measures/figures").param("key", "PENALTY_WAIVER/CLOSE_OUT_DAYS").param("value", "45")
			.param("effectiveFrom", "1/1/2700").param("source", "ประกาศกองทุนฯ ฉบับทดสอบ").with(csrf()).with(province))
			.andExpect(status().is3xxRedirection());
		org.assertj.core.api.Assertions.assertThat(this.parameters.on("PENALTY_WAIVER", "CLOSE_OUT_DAYS", from).orElseThrow().value())
			.isEqualByComparingTo("45");
		org.assertj.core.api.Assertions.assertThat(this.parameters.on("PENALTY_WAIVER", "CLOSE_OUT_DAYS", from.minusDays(1))
			.orElseThrow().value()).isEqualByComparingTo("30");
		org.assertj.core.api.Assertions.assertThat(this.jdbc.queryForObject("select count(*) from audit_entry"
				+ " where record_type = 'MeasureFigure' and after_state = '45'", Long.class)).isEqualTo(1);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/womenfund/measures/figures")
			.with(user("director").roles("DIRECTOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ประกาศกองทุนฯ ฉบับทดสอบ")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("รอมีผล")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("บันทึกค่าใหม่ตามประกาศ"))));
	}

}
