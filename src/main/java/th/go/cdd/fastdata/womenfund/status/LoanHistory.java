package th.go.cdd.fastdata.womenfund.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything that happened to one loan (ประวัติสินเชื่อ) that its status depends on: the schedules,
 * including those added by restructurings, the payments received and the acknowledgments signed.
 * <p>
 * All three lists are kept in date order, so that one history can be classified as of any date without
 * sorting again.
 *
 * @param schedules at least one schedule, at most one per effective date
 * @param payments the payments received, possibly none
 * @param acknowledgments the letters signed, possibly none
 */
public record LoanHistory(List<RepaymentSchedule> schedules, List<ReceivedPayment> payments,
		List<SignedAcknowledgment> acknowledgments) {

	public LoanHistory {
		schedules = sorted(schedules, RepaymentSchedule::effectiveFrom, "schedules");
		payments = sorted(payments, ReceivedPayment::paidOn, "payments");
		acknowledgments = sorted(acknowledgments, SignedAcknowledgment::signedOn, "acknowledgments");
		if (schedules.isEmpty()) {
			throw new IllegalArgumentException("ต้องมีตารางผ่อนชำระอย่างน้อยหนึ่งตาราง");
		}
		// Two schedules from the same day would leave the schedule in force undecided (the database
		// has the same unique key).
		for (int i = 1; i < schedules.size(); i++) {
			LocalDate effectiveFrom = schedules.get(i).effectiveFrom();
			if (effectiveFrom.equals(schedules.get(i - 1).effectiveFrom())) {
				throw new IllegalArgumentException(
						"มีตารางผ่อนชำระมากกว่าหนึ่งตารางที่เริ่มใช้วันเดียวกัน: " + effectiveFrom);
			}
		}
	}

	/** A loan on its first schedule only, e.g. before any payment is recorded. */
	public static LoanHistory of(RepaymentSchedule schedule) {
		return new LoanHistory(List.of(schedule), List.of(), List.of());
	}

	private static <T> List<T> sorted(List<T> values, Function<T, LocalDate> date, String name) {
		Objects.requireNonNull(values, name);
		List<T> copy = new ArrayList<>(values);
		// A stable sort, so entries of the same day keep the order they were recorded in.
		copy.sort(Comparator.comparing(date));
		return List.copyOf(copy);
	}

}
