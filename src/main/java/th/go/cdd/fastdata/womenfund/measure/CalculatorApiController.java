package th.go.cdd.fastdata.womenfund.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import th.go.cdd.fastdata.thai.ThaiDateParseException;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.ApiProblems;

/**
 * The measures' calculators through the JSON API. They hold no personal data: any signed-in user
 * may use them. Dates are ISO (C.E.); bad input answers 400 problem+json naming each field in Thai.
 */
@RestController
@RequestMapping("/api/v1/calculators")
class CalculatorApiController {

	record DiscountJson(String stage, String referenceDate, String paidOn, BigDecimal defaultInterest) {
	}

	record DiscountResultJson(String stage, long dayOfPayment, BigDecimal maxDiscountPercent,
			BigDecimal maxDiscountAmount, BigDecimal payable, LocalDate lastDayOfTier, List<String> reasons) {
	}

	record RestructuringJson(BigDecimal outstanding, String firstDueOn, Integer years, Integer installmentsPerYear) {
	}

	record DueJson(int seq, LocalDate dueOn, BigDecimal amount) {
	}

	record RestructuringResultJson(BigDecimal outstanding, int years, int installmentsPerYear, BigDecimal total,
			LocalDate lastDueOn, List<DueJson> installments, String source) {
	}

	/** How many installments a year the form offers: monthly, quarterly, half-yearly, yearly. */
	static final List<Integer> PER_YEAR = List.of(12, 4, 2, 1);

	private final DiscountTiers tiers;

	private final MeasureParameters parameters;

	CalculatorApiController(DiscountTiers tiers, MeasureParameters parameters) {
		this.tiers = tiers;
		this.parameters = parameters;
	}

	/**
	 * A restructuring's new schedule (ปรับโครงสร้างหนี้, handbook §5.2.1): the outstanding amount in
	 * equal installments over the years asked, at most the years the measure in force allows.
	 */
	@PostMapping("/restructuring")
	RestructuringResultJson restructuring(@RequestBody RestructuringJson body) {
		List<Map<String, String>> errors = new ArrayList<>();
		if (body.outstanding() == null || body.outstanding().signum() <= 0) {
			errors.add(Map.of("field", "outstanding", "message", "ระบุยอดหนี้คงเหลือที่จะปรับโครงสร้าง (มากกว่า 0)"));
		}
		LocalDate firstDueOn = date(body.firstDueOn(), "firstDueOn", "วันครบกำหนดงวดแรก", errors);
		int perYear = body.installmentsPerYear() == null ? 12 : body.installmentsPerYear();
		if (!PER_YEAR.contains(perYear)) {
			errors.add(Map.of("field", "installmentsPerYear", "message", "จำนวนงวดต่อปีต้องเป็น 12, 4, 2 หรือ 1"));
		}
		MeasureParameters.Figure allowed = this.parameters
			.on("RESTRUCTURING", "MAX_EXTRA_YEARS", firstDueOn == null ? ThaiDates.today() : firstDueOn)
			.orElseThrow(() -> new IllegalStateException("no restructuring figures in force"));
		int maxYears = allowed.value().intValue();
		if (body.years() == null || body.years() < 1 || body.years() > maxYears) {
			errors.add(Map.of("field", "years", "message",
					"ขยายเวลาได้ 1 ถึง " + maxYears + " ปี ตามมาตรการที่ใช้อยู่ (" + allowed.source() + ")"));
		}
		if (!errors.isEmpty()) {
			throw new ApiProblems.InvalidInput(errors, "ข้อมูลไม่ถูกต้อง");
		}
		th.go.cdd.fastdata.womenfund.project.RepaymentPlan plan = th.go.cdd.fastdata.womenfund.project.RepaymentPlan
			.equal(body.outstanding(), firstDueOn, body.years() * perYear, 12 / perYear);
		List<DueJson> installments = new ArrayList<>();
		for (int i = 0; i < plan.installments().size(); i++) {
			installments.add(new DueJson(i + 1, plan.installments().get(i).dueOn(), plan.installments().get(i).amount()));
		}
		return new RestructuringResultJson(body.outstanding(), body.years(), perYear, plan.total(), plan.lastDueOn(),
				installments, allowed.source());
	}

	@PostMapping("/default-interest-discount")
	DiscountResultJson defaultInterestDiscount(@RequestBody DiscountJson body) {
		List<Map<String, String>> errors = new ArrayList<>();
		DiscountStage stage = null;
		try {
			stage = body.stage() == null ? null : DiscountStage.valueOf(body.stage().strip());
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		if (stage == null) {
			errors.add(Map.of("field", "stage", "message", "ระบุขั้นตอน (stage) เป็น BEFORE_SUIT หรือ IN_COURT"));
		}
		LocalDate reference = date(body.referenceDate(), "referenceDate",
				"วันอ้างอิง (วันที่ในหนังสือบอกกล่าวทวงถาม หรือวันทำสัญญายอมความ)", errors);
		LocalDate paidOn = date(body.paidOn(), "paidOn", "วันที่ชำระ", errors);
		if (body.defaultInterest() == null || body.defaultInterest().signum() < 0) {
			errors.add(Map.of("field", "defaultInterest", "message", "ระบุดอกเบี้ยผิดนัด/เบี้ยปรับที่เรียกร้อง (ไม่ติดลบ)"));
		}
		if (!errors.isEmpty()) {
			throw new ApiProblems.InvalidInput(errors, "ข้อมูลไม่ถูกต้อง");
		}
		DefaultInterestDiscount.Result result = DefaultInterestDiscount.of(stage,
				this.tiers.inForce(DiscountTiers.MEDIATION_DISCOUNT, stage, reference), reference, paidOn,
				body.defaultInterest());
		return new DiscountResultJson(stage.name(), result.dayOfPayment(), result.maxDiscountPercent(),
				result.maxDiscountAmount(), result.payable(), result.lastDayOfTier(), result.reasons());
	}

	private static LocalDate date(String text, String field, String label, List<Map<String, String>> errors) {
		if (text == null || text.isBlank()) {
			errors.add(Map.of("field", field, "message", "กรุณาระบุ" + label));
			return null;
		}
		try {
			return ThaiDates.parse(text);
		}
		catch (ThaiDateParseException ex) {
			errors.add(Map.of("field", field, "message", label + ": " + ex.getMessage()));
			return null;
		}
	}

}
