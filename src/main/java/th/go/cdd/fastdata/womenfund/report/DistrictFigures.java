package th.go.cdd.fastdata.womenfund.report;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * One district's work over a period.
 *
 * @param visits visit records made (ออกติดตาม), however many per debtor
 * @param debtorsVisited projects visited at least once
 * @param promises visits that ended with a promise to pay (นัดชำระ), and their amounts
 * @param untraceable visits that found the debtor moved or not traceable (toward litigation)
 * @param payments payments received (any source: receipts, bill payment, LM) and their sum
 * @param movedInto projects whose status group changed in the period, by the group they entered
 * @param applied applications for a measure submitted in the period; {@code endorsed},
 * {@code approved} and {@code rejected} are the steps taken in the period, whenever submitted
 * @param mediationOpened pre-suit mediation cases opened; {@code compromises} and
 * {@code mediationFailed} (no agreement or no show) are outcomes recorded in the period
 * @param suitsFiled lawsuits filed in court (หมายเลขดำ) and {@code suitsJudged} judged (หมายเลขแดง)
 */
public record DistrictFigures(Long districtId, String district, long visits, long debtorsVisited, long promises,
		BigDecimal promisedAmount, long untraceable, long payments, BigDecimal collected,
		Map<StatusGroup, Long> movedInto, long applied, long endorsed, long approved, long rejected,
		long mediationOpened, long compromises, long mediationFailed, long suitsFiled, long suitsJudged) {

	static DistrictFigures empty(Long districtId, String district) {
		return new DistrictFigures(districtId, district, 0, 0, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO,
				new EnumMap<>(StatusGroup.class), 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	/** Projects that entered the group in the period (0 when none did). */
	public long movedInto(StatusGroup group) {
		return this.movedInto.getOrDefault(group, 0L);
	}

	/** The sum of two rows, named as the caller says (the total of a province). */
	DistrictFigures plus(DistrictFigures other, Long districtId, String district) {
		Map<StatusGroup, Long> moved = new EnumMap<>(StatusGroup.class);
		moved.putAll(this.movedInto);
		other.movedInto.forEach((group, count) -> moved.merge(group, count, Long::sum));
		return new DistrictFigures(districtId, district, this.visits + other.visits,
				this.debtorsVisited + other.debtorsVisited, this.promises + other.promises,
				this.promisedAmount.add(other.promisedAmount), this.untraceable + other.untraceable,
				this.payments + other.payments, this.collected.add(other.collected), moved,
				this.applied + other.applied, this.endorsed + other.endorsed, this.approved + other.approved,
				this.rejected + other.rejected, this.mediationOpened + other.mediationOpened,
				this.compromises + other.compromises, this.mediationFailed + other.mediationFailed,
				this.suitsFiled + other.suitsFiled, this.suitsJudged + other.suitsJudged);
	}

}
