package th.go.cdd.fastdata.womenfund.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status rule on a group contract of 120,000 baht in 24 monthly installments of 5,000 (1 Feb 2020 to
 * 1 Jan 2022), with the handbook's parameters: 5 years' limitation, 2 years after an acknowledgment of
 * liability, a warning 180 days ahead.
 */
class StatusGroupClassifierTests {

	static final StatusRule RULE = new StatusRule(5, 2, 180);

	static final RepaymentSchedule CONTRACT = monthly(LocalDate.of(2020, 1, 15), LocalDate.of(2020, 2, 1), 24,
			"5000.00");

	// She paid the first two installments, the second late, and then stopped: the limitation runs from
	// 3 Mar 2020 to 3 Mar 2025.
	static final List<ReceivedPayment> STOPPED_PAYING = List.of(paid(2020, 2, 1, "5000.00"),
			paid(2020, 3, 3, "5000.00"));

	// From 1 Jul 2021 the remaining 110,000 is repaid in 22 installments of 5,000, 1 Aug 2021 to 1 May 2023.
	static final RepaymentSchedule RESTRUCTURED = monthly(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 8, 1), 22,
			"5000.00");

	static final List<ReceivedPayment> PAYING_ON_THE_NEW_SCHEDULE = List.of(STOPPED_PAYING.get(0),
			STOPPED_PAYING.get(1), paid(2021, 8, 1, "5000.00"), paid(2021, 9, 1, "5000.00"));

	@Test
	void anInstallmentIsMissedOnlyFromTheDayAfterItsDueDate() {
		LoanHistory neverPaid = LoanHistory.of(CONTRACT);

		Classification onTheDueDate = classify(neverPaid, LocalDate.of(2020, 2, 1));
		Classification dayAfter = classify(neverPaid, LocalDate.of(2020, 2, 2));

		assertThat(onTheDueDate.group()).isEqualTo(StatusGroup.NORMAL);
		assertThat(onTheDueDate.dueToDate()).isEqualByComparingTo("0");
		assertThat(dayAfter.group()).isEqualTo(StatusGroup.OVERDUE);
		assertThat(dayAfter.firstMissedDueOn()).isEqualTo(LocalDate.of(2020, 2, 1));
		assertThat(dayAfter.overdueAmount()).isEqualByComparingTo("5000.00");
	}

	@Test
	void aPaymentOnTheClassificationDateCounts() {
		LoanHistory history = history(List.of(paid(2020, 2, 1, "5000.00"), paid(2020, 3, 5, "5000.00")));

		Classification classification = classify(history, LocalDate.of(2020, 3, 5));

		assertThat(classification.group()).isEqualTo(StatusGroup.NORMAL);
		assertThat(classification.paidToDate()).isEqualByComparingTo("10000.00");
		assertThat(classification.lastPaymentOn()).isEqualTo(LocalDate.of(2020, 3, 5));
	}

	@Test
	void aPaymentAfterTheClassificationDateIsIgnored() {
		LoanHistory history = history(List.of(paid(2020, 2, 1, "5000.00"), paid(2020, 3, 5, "5000.00")));

		Classification classification = classify(history, LocalDate.of(2020, 3, 4));

		assertThat(classification.group()).isEqualTo(StatusGroup.OVERDUE);
		assertThat(classification.paidToDate()).isEqualByComparingTo("5000.00");
		assertThat(classification.lastPaymentOn()).isEqualTo(LocalDate.of(2020, 2, 1));
		assertThat(classification.firstMissedDueOn()).isEqualTo(LocalDate.of(2020, 3, 1));
	}

	@Test
	void aPartialPaymentLeavesHerInDefaultForTheRest() {
		LoanHistory history = history(List.of(paid(2020, 2, 1, "5000.00"), paid(2020, 3, 1, "3000.00")));

		Classification classification = classify(history, LocalDate.of(2020, 3, 2));

		assertThat(classification.group()).isEqualTo(StatusGroup.OVERDUE);
		assertThat(classification.overdueAmount()).isEqualByComparingTo("2000.00");
		assertThat(classification.firstMissedDueOn()).isEqualTo(LocalDate.of(2020, 3, 1));
		assertThat(classification.outstandingAmount()).isEqualByComparingTo("112000.00");
	}

	@Test
	void anEarlyPaymentCoversTheNextInstallmentsBeforeOneCountsAsMissed() {
		LoanHistory history = history(List.of(paid(2020, 2, 1, "15000.00")));

		Classification classification = classify(history, LocalDate.of(2020, 6, 2));

		assertThat(classification.group()).isEqualTo(StatusGroup.OVERDUE);
		assertThat(classification.dueToDate()).isEqualByComparingTo("25000.00");
		assertThat(classification.overdueAmount()).isEqualByComparingTo("10000.00");
		assertThat(classification.firstMissedDueOn()).isEqualTo(LocalDate.of(2020, 5, 1));
	}

	@Test
	void aDebtorPayingOnTimeIsNormalWithNoLimitation() {
		List<ReceivedPayment> onTime = new ArrayList<>();
		for (int month = 0; month < 6; month++) {
			onTime.add(new ReceivedPayment(LocalDate.of(2020, 2, 1).plusMonths(month), new BigDecimal("5000.00")));
		}

		Classification classification = classify(history(onTime), LocalDate.of(2020, 7, 15));

		assertThat(classification.group()).isEqualTo(StatusGroup.NORMAL);
		assertThat(classification.outstandingAmount()).isEqualByComparingTo("90000.00");
		assertThat(classification.firstMissedDueOn()).isNull();
		assertThat(classification.limitationEndsOn()).isNull();
		assertThat(classification.daysToLimitation()).isNull();
		assertThat(classification.limitationWarning()).isFalse();
		assertThat(classification.reasons()).containsExactly("ชำระตรงตามงวด ยอดคงเหลือ 90,000.00 บาท");
	}

	@Test
	void beforeTheContractTakesEffectItsScheduleStillApplies() {
		Classification classification = classify(LoanHistory.of(CONTRACT), LocalDate.of(2020, 1, 1));

		assertThat(classification.group()).isEqualTo(StatusGroup.NORMAL);
		assertThat(classification.termEndsOn()).isEqualTo(LocalDate.of(2022, 1, 1));
		assertThat(classification.outstandingAmount()).isEqualByComparingTo("120000.00");
	}

	@Test
	void theTermHasNotEndedOnTheLastDueDate() {
		Classification classification = classify(history(STOPPED_PAYING), LocalDate.of(2022, 1, 1));

		assertThat(classification.group()).isEqualTo(StatusGroup.OVERDUE);
		assertThat(classification.termEndsOn()).isEqualTo(LocalDate.of(2022, 1, 1));
		assertThat(classification.overdueAmount()).isEqualByComparingTo("105000.00");
	}

	@Test
	void theContractHasEndedTheDayAfterTheLastDueDate() {
		Classification classification = classify(history(STOPPED_PAYING), LocalDate.of(2022, 1, 2));

		assertThat(classification.group()).isEqualTo(StatusGroup.CONTRACT_ENDED);
		assertThat(classification.overdueAmount()).isEqualByComparingTo("110000.00");
		assertThat(classification.outstandingAmount()).isEqualByComparingTo("110000.00");
	}

	@Test
	void theClaimCanStillBeEnforcedExactlyFiveYearsAfterTheLastPayment() {
		Classification classification = classify(history(STOPPED_PAYING), LocalDate.of(2025, 3, 3));

		assertThat(classification.group()).isEqualTo(StatusGroup.CONTRACT_ENDED);
		assertThat(classification.limitationEndsOn()).isEqualTo(LocalDate.of(2025, 3, 3));
		assertThat(classification.daysToLimitation()).isZero();
		assertThat(classification.limitationWarning()).isTrue();
		assertThat(classification.reasons()).last().isEqualTo("ครบอายุความ 3 มี.ค. 2568 (วันนี้)");
	}

	@Test
	void theClaimIsTimeBarredOneDayLater() {
		Classification classification = classify(history(STOPPED_PAYING), LocalDate.of(2025, 3, 4));

		assertThat(classification.group()).isEqualTo(StatusGroup.TIME_BARRED);
		assertThat(classification.daysToLimitation()).isEqualTo(-1L);
		assertThat(classification.limitationWarning()).isFalse();
		assertThat(classification.reasons()).last().isEqualTo("พ้นอายุความเมื่อ 3 มี.ค. 2568");
	}

	@Test
	void aLastPaymentOnTheLeapDayGivesFiveYearsToTheTwentyEighthOfFebruary() {
		RepaymentSchedule contract = monthly(LocalDate.of(2023, 1, 10), LocalDate.of(2023, 2, 1), 24, "3000.00");
		LoanHistory history = new LoanHistory(List.of(contract),
				List.of(paid(2023, 2, 1, "3000.00"), paid(2024, 2, 29, "3000.00")), List.of());

		Classification lastDay = classify(history, LocalDate.of(2029, 2, 28));
		Classification dayAfter = classify(history, LocalDate.of(2029, 3, 1));

		assertThat(lastDay.limitationEndsOn()).isEqualTo(LocalDate.of(2029, 2, 28));
		assertThat(lastDay.group()).isEqualTo(StatusGroup.CONTRACT_ENDED);
		assertThat(dayAfter.group()).isEqualTo(StatusGroup.TIME_BARRED);
	}

	@Test
	void withoutAnyPaymentTheLimitationRunsFromTheFirstMissedDueDate() {
		LoanHistory neverPaid = LoanHistory.of(CONTRACT);

		Classification lastDay = classify(neverPaid, LocalDate.of(2025, 2, 1));
		Classification dayAfter = classify(neverPaid, LocalDate.of(2025, 2, 2));

		assertThat(lastDay.group()).isEqualTo(StatusGroup.CONTRACT_ENDED);
		assertThat(lastDay.limitationEndsOn()).isEqualTo(LocalDate.of(2025, 2, 1));
		assertThat(lastDay.lastPaymentOn()).isNull();
		assertThat(dayAfter.group()).isEqualTo(StatusGroup.TIME_BARRED);
		assertThat(dayAfter.reasonText()).contains("ยังไม่เคยชำระ · ผิดนัดงวดแรก 1 ก.พ. 2563");
	}

	@Test
	void theLimitationRunsFromTheLastPaymentEvenWhenTheFirstMissedInstallmentFellDueLater() {
		List<ReceivedPayment> tenOnTime = new ArrayList<>();
		for (int month = 0; month < 10; month++) {
			tenOnTime.add(new ReceivedPayment(LocalDate.of(2020, 2, 1).plusMonths(month), new BigDecimal("5000.00")));
		}

		Classification classification = classify(history(tenOnTime), LocalDate.of(2023, 1, 1));

		assertThat(classification.firstMissedDueOn()).isEqualTo(LocalDate.of(2020, 12, 1));
		assertThat(classification.limitationEndsOn()).isEqualTo(LocalDate.of(2025, 11, 1));
	}

	@Test
	void theWarningStartsExactlyWarningDaysBeforeTheEnd() {
		Classification warningDaysBefore = classify(history(STOPPED_PAYING), LocalDate.of(2024, 9, 4));
		Classification oneDayEarlier = classify(history(STOPPED_PAYING), LocalDate.of(2024, 9, 3));

		assertThat(warningDaysBefore.daysToLimitation()).isEqualTo(180L);
		assertThat(warningDaysBefore.limitationWarning()).isTrue();
		assertThat(oneDayEarlier.daysToLimitation()).isEqualTo(181L);
		assertThat(oneDayEarlier.limitationWarning()).isFalse();
	}

	@Test
	void anOverdueDebtorIsWarnedTooWhenHerLimitationIsNear() {
		StatusRule oneYear = new StatusRule(1, 2, 180);

		Classification classification = StatusGroupClassifier.classify(LoanHistory.of(CONTRACT), oneYear,
				LocalDate.of(2020, 12, 1));

		assertThat(classification.group()).isEqualTo(StatusGroup.OVERDUE);
		assertThat(classification.limitationEndsOn()).isEqualTo(LocalDate.of(2021, 2, 1));
		assertThat(classification.limitationWarning()).isTrue();
		assertThat(classification.reasons()).contains("ครบอายุความ 1 ก.พ. 2564 (อีก 62 วัน)");
	}

	@Test
	void anOverdueDebtorStaysOverduePastHerLimitationEndUntilTheTermEnds() {
		StatusRule oneYear = new StatusRule(1, 2, 180);

		Classification classification = StatusGroupClassifier.classify(LoanHistory.of(CONTRACT), oneYear,
				LocalDate.of(2021, 6, 1));

		assertThat(classification.group()).isEqualTo(StatusGroup.OVERDUE);
		assertThat(classification.limitationWarning()).isFalse();
		assertThat(classification.reasons()).last().isEqualTo("พ้นอายุความเมื่อ 1 ก.พ. 2564");
	}

	@Test
	void aDebtAcknowledgmentSignedBeforeTheEndRestartsTheLimitation() {
		LoanHistory history = history(STOPPED_PAYING, debt(2024, 8, 1));

		Classification classification = classify(history, LocalDate.of(2025, 9, 1));

		assertThat(classification.group()).isEqualTo(StatusGroup.CONTRACT_ENDED);
		assertThat(classification.limitationEndsOn()).isEqualTo(LocalDate.of(2029, 8, 1));
		assertThat(classification.reasons()).contains("ลงนามหนังสือรับสภาพหนี้ 1 ส.ค. 2567 เริ่มนับอายุความใหม่");
	}

	@Test
	void aDebtAcknowledgmentSignedOnTheLastDayOfThePeriodStillRestartsIt() {
		Classification classification = classify(history(STOPPED_PAYING, debt(2025, 3, 3)), LocalDate.of(2025, 9, 1));

		assertThat(classification.limitationEndsOn()).isEqualTo(LocalDate.of(2030, 3, 3));
	}

	@Test
	void aDebtAcknowledgmentSignedAfterTheEndDoesNothing() {
		Classification classification = classify(history(STOPPED_PAYING, debt(2025, 3, 4)), LocalDate.of(2025, 9, 1));

		assertThat(classification.group()).isEqualTo(StatusGroup.TIME_BARRED);
		assertThat(classification.limitationEndsOn()).isEqualTo(LocalDate.of(2025, 3, 3));
		assertThat(classification.reasons())
			.contains("หนังสือรับสภาพหนี้ 4 มี.ค. 2568 ลงนามหลังครบอายุความ จึงไม่เริ่มนับใหม่");
	}

	@Test
	void aDebtAcknowledgmentOlderThanTheLastPaymentDoesNotShortenThePeriod() {
		Classification classification = classify(history(STOPPED_PAYING, debt(2020, 2, 15)), LocalDate.of(2025, 3, 3));

		assertThat(classification.limitationEndsOn()).isEqualTo(LocalDate.of(2025, 3, 3));
		assertThat(classification.reasonText()).doesNotContain("เริ่มนับอายุความใหม่");
	}

	@Test
	void aSecondDebtAcknowledgmentWithinTheRestartedPeriodRestartsItAgain() {
		// Recorded out of order: the history sorts them by signing date.
		LoanHistory history = history(STOPPED_PAYING, debt(2029, 6, 1), debt(2024, 8, 1));

		Classification classification = classify(history, LocalDate.of(2030, 1, 1));

		assertThat(classification.limitationEndsOn()).isEqualTo(LocalDate.of(2034, 6, 1));
		assertThat(classification.reasons()).contains("ลงนามหนังสือรับสภาพหนี้ 1 มิ.ย. 2572 เริ่มนับอายุความใหม่");
	}

	@Test
	void anAcknowledgmentSignedAfterTheClassificationDateDoesNotCountYet() {
		LoanHistory history = history(STOPPED_PAYING, debt(2024, 8, 1));

		Classification classification = classify(history, LocalDate.of(2024, 7, 31));

		assertThat(classification.limitationEndsOn()).isEqualTo(LocalDate.of(2025, 3, 3));
	}

	@Test
	void aLiabilityAcknowledgmentAfterTheEndGivesTwoYearsFromItsDate() {
		LoanHistory history = history(STOPPED_PAYING, liability(2025, 8, 1));

		Classification dayBefore = classify(history, LocalDate.of(2025, 7, 31));
		Classification signingDay = classify(history, LocalDate.of(2025, 8, 1));
		Classification afterTwoYears = classify(history, LocalDate.of(2027, 8, 2));

		assertThat(dayBefore.group()).isEqualTo(StatusGroup.TIME_BARRED);
		assertThat(signingDay.group()).isEqualTo(StatusGroup.CONTRACT_ENDED);
		assertThat(signingDay.limitationEndsOn()).isEqualTo(LocalDate.of(2027, 8, 1));
		assertThat(signingDay.reasons())
			.contains("ลงนามหนังสือรับสภาพความผิด 1 ส.ค. 2568 มีอายุความ 2 ปีถึง 1 ส.ค. 2570");
		assertThat(afterTwoYears.group()).isEqualTo(StatusGroup.TIME_BARRED);
	}

	@Test
	void aLiabilityAcknowledgmentSignedBeforeTheEndChangesNothing() {
		Classification signedEarly = classify(history(STOPPED_PAYING, liability(2024, 8, 1)), LocalDate.of(2025, 3, 4));
		Classification signedOnTheLastDay = classify(history(STOPPED_PAYING, liability(2025, 3, 3)),
				LocalDate.of(2025, 3, 4));

		assertThat(signedEarly.group()).isEqualTo(StatusGroup.TIME_BARRED);
		assertThat(signedEarly.limitationEndsOn()).isEqualTo(LocalDate.of(2025, 3, 3));
		assertThat(signedOnTheLastDay.group()).isEqualTo(StatusGroup.TIME_BARRED);
		assertThat(signedOnTheLastDay.limitationEndsOn()).isEqualTo(LocalDate.of(2025, 3, 3));
	}

	@Test
	void aLiabilityAcknowledgmentCountsOnlyAfterTheEndThatDebtAcknowledgmentsSet() {
		LoanHistory history = history(STOPPED_PAYING, debt(2024, 8, 1), liability(2025, 9, 1));

		Classification classification = classify(history, LocalDate.of(2026, 1, 1));

		assertThat(classification.limitationEndsOn()).isEqualTo(LocalDate.of(2029, 8, 1));
	}

	@Test
	void aDebtAcknowledgmentInsideAPeriodReopenedByALiabilityAcknowledgmentRestartsFiveYears() {
		// time-barred since 3 Mar 2025; liability acknowledged 1 Aug 2025 (to 1 Aug 2027); debt acknowledged 1 Feb 2026
		LoanHistory history = history(STOPPED_PAYING, liability(2025, 8, 1), debt(2026, 2, 1));

		Classification classification = classify(history, LocalDate.of(2026, 3, 1));

		assertThat(classification.group()).isEqualTo(StatusGroup.CONTRACT_ENDED);
		assertThat(classification.limitationEndsOn()).isEqualTo(LocalDate.of(2031, 2, 1));
		assertThat(classification.reasons()).contains("ลงนามหนังสือรับสภาพหนี้ 1 ก.พ. 2569 เริ่มนับอายุความใหม่");
	}

	@Test
	void aDebtAcknowledgmentAfterTheEndStillComesTooLateWithoutALiabilityAcknowledgment() {
		LoanHistory history = history(STOPPED_PAYING, debt(2025, 6, 1));

		Classification classification = classify(history, LocalDate.of(2025, 7, 1));

		assertThat(classification.group()).isEqualTo(StatusGroup.TIME_BARRED);
		assertThat(classification.reasons())
			.contains("หนังสือรับสภาพหนี้ 1 มิ.ย. 2568 ลงนามหลังครบอายุความ จึงไม่เริ่มนับใหม่");
	}

	@Test
	void aDebtorInDefaultWhoPaysOnTheNewScheduleIsNormal() {
		LoanHistory history = new LoanHistory(List.of(CONTRACT, RESTRUCTURED), PAYING_ON_THE_NEW_SCHEDULE,
				List.of());

		Classification classification = classify(history, LocalDate.of(2021, 9, 15));

		assertThat(classification.group()).isEqualTo(StatusGroup.NORMAL);
		assertThat(classification.dueToDate()).isEqualByComparingTo("20000.00");
		assertThat(classification.outstandingAmount()).isEqualByComparingTo("100000.00");
		assertThat(classification.termEndsOn()).isEqualTo(LocalDate.of(2023, 5, 1));
		assertThat(classification.reasons()).containsExactly("ชำระตามตารางใหม่ตั้งแต่ 1 ก.ค. 2564",
				"ชำระตรงตามงวด ยอดคงเหลือ 100,000.00 บาท");
	}

	@Test
	void sheIsOverdueAgainWhenSheMissesANewInstallment() {
		LoanHistory history = new LoanHistory(List.of(RESTRUCTURED, CONTRACT), PAYING_ON_THE_NEW_SCHEDULE,
				List.of());

		Classification classification = classify(history, LocalDate.of(2021, 10, 2));

		assertThat(classification.group()).isEqualTo(StatusGroup.OVERDUE);
		assertThat(classification.overdueAmount()).isEqualByComparingTo("5000.00");
		assertThat(classification.firstMissedDueOn()).isEqualTo(LocalDate.of(2021, 10, 1));
		assertThat(classification.limitationEndsOn()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(classification.reasons()).startsWith("ปรับตารางผ่อนชำระใหม่ตั้งแต่ 1 ก.ค. 2564",
				"ยังอยู่ในระยะสัญญา ถึง 1 พ.ค. 2566", "ค้างชำระ 5,000.00 บาท ตั้งแต่งวด 1 ต.ค. 2564");
	}

	@Test
	void theOldScheduleAppliesUntilTheRestructuringTakesEffect() {
		LoanHistory history = new LoanHistory(List.of(CONTRACT, RESTRUCTURED), STOPPED_PAYING, List.of());

		Classification dayBefore = classify(history, LocalDate.of(2021, 6, 30));
		Classification firstDay = classify(history, LocalDate.of(2021, 7, 1));

		assertThat(dayBefore.group()).isEqualTo(StatusGroup.OVERDUE);
		assertThat(dayBefore.overdueAmount()).isEqualByComparingTo("75000.00");
		assertThat(dayBefore.termEndsOn()).isEqualTo(LocalDate.of(2022, 1, 1));
		assertThat(firstDay.group()).isEqualTo(StatusGroup.NORMAL);
		assertThat(firstDay.outstandingAmount()).isEqualByComparingTo("110000.00");
	}

	@Test
	void anEarlyFullPaymentSettlesTheLoanWhateverTheDate() {
		// Paid before the contract even took effect: a payment before the first schedule still counts.
		LoanHistory history = history(List.of(paid(2020, 1, 10, "120000.00")));

		Classification nextMonth = classify(history, LocalDate.of(2020, 2, 2));
		Classification yearsLater = classify(history, LocalDate.of(2030, 1, 1));

		assertThat(nextMonth.group()).isEqualTo(StatusGroup.SETTLED);
		assertThat(nextMonth.group().debtor()).isFalse();
		assertThat(nextMonth.outstandingAmount()).isEqualByComparingTo("0");
		assertThat(nextMonth.reasons()).containsExactly("ชำระครบแล้ว");
		assertThat(yearsLater.group()).isEqualTo(StatusGroup.SETTLED);
		assertThat(yearsLater.limitationEndsOn()).isNull();
	}

	@Test
	void payingTheRestAfterTheTermSettlesTheLoanFromThatDay() {
		List<ReceivedPayment> payments = new ArrayList<>(STOPPED_PAYING);
		payments.add(paid(2023, 6, 1, "110000.00"));

		assertThat(classify(history(payments), LocalDate.of(2023, 5, 31)).group())
			.isEqualTo(StatusGroup.CONTRACT_ENDED);
		assertThat(classify(history(payments), LocalDate.of(2023, 6, 1)).group()).isEqualTo(StatusGroup.SETTLED);
	}

	@Test
	void anEndedContractGivesTheTermPaymentArrearsAndLimitationInBuddhistEra() {
		Classification classification = classify(history(STOPPED_PAYING), LocalDate.of(2025, 1, 20));

		assertThat(classification.reasons()).containsExactly("ครบกำหนดสัญญา 1 ม.ค. 2565", "ชำระล่าสุด 3 มี.ค. 2563",
				"ค้างชำระ 110,000.00 บาท", "ครบอายุความ 3 มี.ค. 2568 (อีก 42 วัน)");
	}

	@Test
	void aTimeBarredClaimSaysWhenTheLimitationEnded() {
		Classification classification = classify(history(STOPPED_PAYING), LocalDate.of(2026, 1, 1));

		assertThat(classification.reasons()).containsExactly("ครบกำหนดสัญญา 1 ม.ค. 2565", "ชำระล่าสุด 3 มี.ค. 2563",
				"ค้างชำระ 110,000.00 บาท", "พ้นอายุความเมื่อ 3 มี.ค. 2568");
	}

	@Test
	void anOverdueDebtorIsToldUntilWhenTheTermRunsAndSinceWhichInstallmentSheOwes() {
		Classification classification = classify(history(STOPPED_PAYING), LocalDate.of(2020, 6, 2));

		assertThat(classification.reasons()).containsExactly("ยังอยู่ในระยะสัญญา ถึง 1 ม.ค. 2565",
				"ค้างชำระ 15,000.00 บาท ตั้งแต่งวด 1 เม.ย. 2563", "ชำระล่าสุด 3 มี.ค. 2563",
				"ครบอายุความ 3 มี.ค. 2568 (อีก 1735 วัน)");
	}

	static Classification classify(LoanHistory history, LocalDate asOf) {
		return StatusGroupClassifier.classify(history, RULE, asOf);
	}

	static LoanHistory history(List<ReceivedPayment> payments, SignedAcknowledgment... acknowledgments) {
		return new LoanHistory(List.of(CONTRACT), payments, List.of(acknowledgments));
	}

	static RepaymentSchedule monthly(LocalDate effectiveFrom, LocalDate firstDueOn, int count, String amount) {
		List<ScheduledInstallment> installments = new ArrayList<>();
		for (int month = 0; month < count; month++) {
			installments.add(new ScheduledInstallment(firstDueOn.plusMonths(month), new BigDecimal(amount)));
		}
		return new RepaymentSchedule(effectiveFrom, installments);
	}

	static ReceivedPayment paid(int year, int month, int day, String amount) {
		return new ReceivedPayment(LocalDate.of(year, month, day), new BigDecimal(amount));
	}

	static SignedAcknowledgment debt(int year, int month, int day) {
		return new SignedAcknowledgment(AcknowledgmentKind.DEBT, LocalDate.of(year, month, day));
	}

	static SignedAcknowledgment liability(int year, int month, int day) {
		return new SignedAcknowledgment(AcknowledgmentKind.LIABILITY, LocalDate.of(year, month, day));
	}

}
