package th.go.cdd.fastdata.womenfund.status;

import java.util.ArrayList;
import java.util.List;

import th.go.cdd.fastdata.thai.Baht;
import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * Writes the reasons for a classification (เหตุผลการจัดกลุ่ม): short Thai sentences with B.E. dates and
 * baht amounts, the figures a newcomer needs to check the group by hand.
 */
final class Reasons {

	private Reasons() {
	}

	static List<String> of(StatusGroup group, Position position, LimitationPeriod limitation, Long daysToLimitation) {
		List<String> reasons = new ArrayList<>(6);
		switch (group) {
			case SETTLED -> reasons.add("ชำระครบแล้ว");
			case NORMAL -> {
				if (position.restructured()) {
					reasons.add("ชำระตามตารางใหม่ตั้งแต่ " + ThaiDates.shortDate(position.schedule().effectiveFrom()));
				}
				reasons.add("ชำระตรงตามงวด ยอดคงเหลือ " + Baht.format(position.outstanding()));
			}
			case OVERDUE -> {
				addRestructuring(reasons, position);
				reasons.add("ยังอยู่ในระยะสัญญา ถึง " + ThaiDates.shortDate(position.termEndsOn()));
				reasons.add("ค้างชำระ " + Baht.format(position.overdue()) + " ตั้งแต่งวด "
						+ ThaiDates.shortDate(position.firstMissedDueOn()));
				reasons.add((position.lastPaymentOn() != null) ? lastPayment(position) : "ยังไม่เคยชำระ");
				addLimitation(reasons, limitation, daysToLimitation);
			}
			case CONTRACT_ENDED, TIME_BARRED -> {
				addRestructuring(reasons, position);
				reasons.add("ครบกำหนดสัญญา " + ThaiDates.shortDate(position.termEndsOn()));
				if (position.lastPaymentOn() != null) {
					reasons.add(lastPayment(position));
				}
				else {
					// Without a payment the period runs from the first missed installment, so show that date.
					reasons.add("ยังไม่เคยชำระ");
					reasons.add("ผิดนัดงวดแรก " + ThaiDates.shortDate(position.firstMissedDueOn()));
				}
				reasons.add("ค้างชำระ " + Baht.format(position.overdue()));
				addLimitation(reasons, limitation, daysToLimitation);
			}
		}
		return reasons;
	}

	private static void addRestructuring(List<String> reasons, Position position) {
		if (position.restructured()) {
			reasons.add("ปรับตารางผ่อนชำระใหม่ตั้งแต่ " + ThaiDates.shortDate(position.schedule().effectiveFrom()));
		}
	}

	private static String lastPayment(Position position) {
		return "ชำระล่าสุด " + ThaiDates.shortDate(position.lastPaymentOn());
	}

	// Said by the day count rather than the group: an overdue loan can pass its limitation end too.
	private static void addLimitation(List<String> reasons, LimitationPeriod limitation, long daysToLimitation) {
		reasons.addAll(limitation.notes());
		String endsOn = ThaiDates.shortDate(limitation.endsOn());
		if (daysToLimitation < 0) {
			reasons.add("พ้นอายุความเมื่อ " + endsOn);
		}
		else if (daysToLimitation == 0) {
			reasons.add("ครบอายุความ " + endsOn + " (วันนี้)");
		}
		else {
			reasons.add("ครบอายุความ " + endsOn + " (อีก " + daysToLimitation + " วัน)");
		}
	}

}
