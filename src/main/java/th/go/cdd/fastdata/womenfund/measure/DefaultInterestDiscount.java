package th.go.cdd.fastdata.womenfund.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The mediation discount on default interest and penalty (ลดดอกเบี้ยผิดนัด/เบี้ยปรับ, handbook
 * §5.2.3): the earliest tier whose period still covers the day of payment gives the largest cut
 * allowed. Days are counted as {@link CivilCodeDays} counts them; the tiers are data
 * ({@code wf_discount_tier}), the figures of the version in force on the reference date.
 */
public final class DefaultInterestDiscount {

	/** A tier: paid within so many days, a cut of at most so many percent. */
	public record Tier(int withinDays, BigDecimal maxPercent, String source) {
	}

	/** The result, with the reasons in Thai a newcomer can read out to the debtor. */
	public record Result(long dayOfPayment, BigDecimal maxDiscountPercent, BigDecimal maxDiscountAmount,
			BigDecimal payable, LocalDate lastDayOfTier, List<String> reasons) {
	}

	private DefaultInterestDiscount() {
	}

	public static Result of(DiscountStage stage, List<Tier> tiers, LocalDate reference, LocalDate paidOn,
			BigDecimal defaultInterest) {
		long day = CivilCodeDays.dayOfPeriod(reference, paidOn);
		List<String> reasons = new ArrayList<>();
		reasons.add(stage.label() + " · ชำระวันที่ " + day + " นับแต่วันอ้างอิง (ไม่นับวันอ้างอิง ป.พ.พ. ม.193/3)");
		Tier tier = tiers.stream()
			.sorted(Comparator.comparingInt(Tier::withinDays))
			.filter(t -> day >= 0 && day <= t.withinDays())
			.findFirst()
			.orElse(null);
		if (tier == null) {
			reasons.add(day < 0 ? "วันที่ชำระอยู่ก่อนวันอ้างอิง" : "ชำระเกินระยะเวลาที่มาตรการกำหนด จึงไม่มีส่วนลด");
			return new Result(day, BigDecimal.ZERO, BigDecimal.ZERO.setScale(2), defaultInterest.setScale(2,
					RoundingMode.HALF_UP), null, reasons);
		}
		BigDecimal discount = defaultInterest.multiply(tier.maxPercent())
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
		reasons.add("ชำระภายใน " + tier.withinDays() + " วัน ลดได้ไม่เกินร้อยละ " + tier.maxPercent().stripTrailingZeros()
			.toPlainString() + " (" + tier.source() + ")");
		return new Result(day, tier.maxPercent(), discount,
				defaultInterest.subtract(discount).setScale(2, RoundingMode.HALF_UP),
				CivilCodeDays.lastDayWithin(reference, tier.withinDays()), reasons);
	}

}
