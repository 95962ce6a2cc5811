package th.go.cdd.fastdata.womenfund.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The groups, letters and records the status rule works with, and what each refuses. */
class StatusValuesTests {

	static final LocalDate DUE = LocalDate.of(2020, 2, 1);

	@Test
	void statusGroupsHaveTheHandbookNames() {
		assertThat(Arrays.stream(StatusGroup.values()).map(StatusGroup::label)).containsExactly("ขาดอายุความ",
				"สิ้นสุดสัญญา", "ผิดนัดชำระหนี้", "ปกติ", "ชำระครบ");
	}

	@Test
	void statusGroupsAreRankedInTheHandbookFollowUpOrder() {
		assertThat(Arrays.stream(StatusGroup.values()).mapToInt(StatusGroup::priority)).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void onlyASettledLoanIsNotADebtor() {
		assertThat(Arrays.stream(StatusGroup.values()).filter((group) -> !group.debtor()))
			.containsExactly(StatusGroup.SETTLED);
	}

	@Test
	void acknowledgmentLettersHaveTheirThaiNames() {
		assertThat(AcknowledgmentKind.DEBT.label()).isEqualTo("หนังสือรับสภาพหนี้");
		assertThat(AcknowledgmentKind.LIABILITY.label()).isEqualTo("หนังสือรับสภาพความผิด");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "0.00", "-5000.00" })
	void installmentsAndPaymentsMustBeForMoreThanZero(String amount) {
		assertThatIllegalArgumentException().isThrownBy(() -> new ScheduledInstallment(DUE, new BigDecimal(amount)))
			.withMessageStartingWith("ยอดเงินงวดต้องมากกว่าศูนย์");
		assertThatIllegalArgumentException().isThrownBy(() -> new ReceivedPayment(DUE, new BigDecimal(amount)))
			.withMessageStartingWith("ยอดเงินที่รับชำระต้องมากกว่าศูนย์");
	}

	@Test
	void aScheduleNeedsAtLeastOneInstallment() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RepaymentSchedule(DUE, List.of()))
			.withMessage("ตารางผ่อนชำระต้องมีอย่างน้อยหนึ่งงวด");
	}

	@Test
	void aScheduleKeepsItsInstallmentsInDueOrder() {
		ScheduledInstallment march = new ScheduledInstallment(LocalDate.of(2020, 3, 1), new BigDecimal("5000.00"));
		ScheduledInstallment february = new ScheduledInstallment(DUE, new BigDecimal("5000.00"));

		RepaymentSchedule schedule = new RepaymentSchedule(LocalDate.of(2020, 1, 15), List.of(march, february));

		assertThat(schedule.installments()).containsExactly(february, march);
		assertThat(schedule.lastDueOn()).isEqualTo(LocalDate.of(2020, 3, 1));
	}

	@Test
	void aLoanHistoryNeedsASchedule() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LoanHistory(List.of(), List.of(), List.of()))
			.withMessage("ต้องมีตารางผ่อนชำระอย่างน้อยหนึ่งตาราง");
	}

	@Test
	void twoSchedulesCannotTakeEffectOnTheSameDay() {
		RepaymentSchedule schedule = StatusGroupClassifierTests.CONTRACT;

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LoanHistory(List.of(schedule, schedule), List.of(), List.of()))
			.withMessageStartingWith("มีตารางผ่อนชำระมากกว่าหนึ่งตารางที่เริ่มใช้วันเดียวกัน");
	}

	@Test
	void aLoanHistoryKeepsItsRecordsInDateOrderAndIsNotChangedByTheCallerAfterwards() {
		List<ReceivedPayment> payments = new ArrayList<>(List.of(StatusGroupClassifierTests.paid(2020, 3, 3, "5000.00"),
				StatusGroupClassifierTests.paid(2020, 2, 1, "5000.00")));

		LoanHistory history = new LoanHistory(List.of(StatusGroupClassifierTests.RESTRUCTURED,
				StatusGroupClassifierTests.CONTRACT), payments, List.of());
		payments.clear();

		assertThat(history.schedules()).extracting(RepaymentSchedule::effectiveFrom)
			.isSortedAccordingTo(Comparator.naturalOrder());
		assertThat(history.payments()).extracting(ReceivedPayment::paidOn)
			.containsExactly(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 3, 3));
	}

	@ParameterizedTest
	@CsvSource({ "0, 2, 180", "5, 0, 180", "5, 2, 0", "-5, 2, 180" })
	void everyRuleParameterMustBeMoreThanZero(int limitationYears, int liabilityYears, int warningDays) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StatusRule(limitationYears, liabilityYears, warningDays))
			.withMessageContaining("ต้องมากกว่าศูนย์");
	}

	@Test
	void reasonTextJoinsTheReasonsWithAMiddleDot() {
		Classification classification = classification(List.of("ครบกำหนดสัญญา 1 ม.ค. 2565", "ค้างชำระ 110,000.00 บาท"),
				LocalDate.of(2025, 3, 3), 42L);

		assertThat(classification.reasonText()).isEqualTo("ครบกำหนดสัญญา 1 ม.ค. 2565 · ค้างชำระ 110,000.00 บาท");
	}

	@Test
	void aClassificationRejectsADayCountThatDoesNotMatchItsDates() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> classification(List.of(), LocalDate.of(2025, 3, 3), 41L));
		assertThatIllegalArgumentException().isThrownBy(() -> classification(List.of(), null, 42L));
	}

	// As of 20 Jan 2025, 42 days before the limitation ends on 3 Mar 2025.
	static Classification classification(List<String> reasons, LocalDate limitationEndsOn, Long daysToLimitation) {
		BigDecimal owed = new BigDecimal("110000.00");
		return new Classification(StatusGroup.CONTRACT_ENDED, LocalDate.of(2025, 1, 20), reasons,
				LocalDate.of(2022, 1, 1), LocalDate.of(2020, 3, 3), LocalDate.of(2020, 4, 1), limitationEndsOn,
				daysToLimitation, new BigDecimal("120000.00"), new BigDecimal("10000.00"), owed, owed, true);
	}

}
