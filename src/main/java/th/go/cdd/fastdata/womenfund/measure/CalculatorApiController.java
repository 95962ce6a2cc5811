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

	record AmountOnJson(String on, BigDecimal amount) {
	}

	record DefaultInterestJson(BigDecimal annualRate, String asOf, List<AmountOnJson> installments,
			List<AmountOnJson> payments) {
	}

	record InterestReductionJson(String approvedOn, BigDecimal overduePrincipal, Integer months, Boolean paidOnTime) {
	}

	record InterestReductionResultJson(List<InterestReduction.Month> months, BigDecimal total,
			BigDecimal totalAtLateRate, BigDecimal saving, List<String> sources) {
	}

	record CloseOutJson(String approvedOn, String paidOn) {
	}

	record CloseOutResultJson(int periodDays, LocalDate lastDay, Long dayOfPayment, Boolean withinPeriod,
			String source) {
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

	/**
	 * Default interest by day on overdue principal (365-day year) for the installments and payments
	 * given: {@code on} is the due date of an installment, the day of a payment.
	 */
	@PostMapping("/default-interest")
	DefaultInterest.Result defaultInterest(@RequestBody DefaultInterestJson body) {
		List<Map<String, String>> errors = new ArrayList<>();
		if (body.annualRate() == null || body.annualRate().signum() < 0 || body.annualRate().compareTo(BigDecimal.valueOf(100)) > 0) {
			errors.add(Map.of("field", "annualRate", "message", "ระบุอัตราดอกเบี้ยผิดนัดร้อยละต่อปี (0 ถึง 100)"));
		}
		LocalDate asOf = date(body.asOf(), "asOf", "วันที่คำนวณ", errors);
		List<DefaultInterest.Due> dues = new ArrayList<>();
		List<AmountOnJson> installments = body.installments() == null ? List.of() : body.installments();
		if (installments.isEmpty()) {
			errors.add(Map.of("field", "installments", "message", "ระบุงวดที่ครบกำหนดอย่างน้อยหนึ่งงวด"));
		}
		for (int i = 0; i < installments.size(); i++) {
			LocalDate on = date(installments.get(i).on(), "installments[" + i + "].on", "วันครบกำหนด", errors);
			BigDecimal amount = positive(installments.get(i).amount(), "installments[" + i + "].amount", errors);
			if (on != null && amount != null) {
				dues.add(new DefaultInterest.Due(on, amount));
			}
		}
		List<DefaultInterest.Paid> paid = new ArrayList<>();
		List<AmountOnJson> payments = body.payments() == null ? List.of() : body.payments();
		for (int i = 0; i < payments.size(); i++) {
			LocalDate on = date(payments.get(i).on(), "payments[" + i + "].on", "วันที่ชำระ", errors);
			BigDecimal amount = positive(payments.get(i).amount(), "payments[" + i + "].amount", errors);
			if (on != null && amount != null) {
				paid.add(new DefaultInterest.Paid(on, amount));
			}
		}
		if (!errors.isEmpty()) {
			throw new ApiProblems.InvalidInput(errors, "ข้อมูลไม่ถูกต้อง");
		}
		return DefaultInterest.accrued(dues, paid, body.annualRate(), asOf);
	}

	/**
	 * The interest reduction (§5.2.4) month by month from its approval, beside the late rate: the
	 * rates come from the version in force on the approval day.
	 */
	@PostMapping("/interest-reduction")
	InterestReductionResultJson interestReduction(@RequestBody InterestReductionJson body) {
		List<Map<String, String>> errors = new ArrayList<>();
		LocalDate approvedOn = date(body.approvedOn(), "approvedOn", "วันที่อนุกรรมการจังหวัดอนุมัติ", errors);
		BigDecimal principal = positive(body.overduePrincipal(), "overduePrincipal", errors);
		int months = body.months() == null ? 12 : body.months();
		if (months < 1 || months > 60) {
			errors.add(Map.of("field", "months", "message", "จำนวนเดือนต้องอยู่ระหว่าง 1 ถึง 60"));
		}
		if (!errors.isEmpty()) {
			throw new ApiProblems.InvalidInput(errors, "ข้อมูลไม่ถูกต้อง");
		}
		List<String> sources = new ArrayList<>();
		InterestReduction.Rates rates = new InterestReduction.Rates(
				figure("INTEREST_REDUCTION", "FIRST_MONTHS", approvedOn, sources).intValue(),
				figure("INTEREST_REDUCTION", "FIRST_MONTHS_RATE", approvedOn, sources),
				figure("INTEREST_REDUCTION", "MONTH_3_RATE", approvedOn, sources),
				figure("INTEREST_REDUCTION", "ON_TIME_RATE", approvedOn, sources),
				figure("INTEREST_REDUCTION", "LATE_RATE", approvedOn, sources));
		InterestReduction.Result result = InterestReduction.of(rates, approvedOn, principal, months,
				body.paidOnTime() == null || body.paidOnTime());
		return new InterestReductionResultJson(result.months(), result.total(), result.totalAtLateRate(), result.saving(),
				sources.stream().distinct().toList());
	}

	/**
	 * The penalty waiver's close-out (§5.2.5): the last day to finish paying after the approval, the
	 * period being a figure of the version (30 in the text, "90" in the handbook's table).
	 */
	@PostMapping("/close-out")
	CloseOutResultJson closeOut(@RequestBody CloseOutJson body) {
		List<Map<String, String>> errors = new ArrayList<>();
		LocalDate approvedOn = date(body.approvedOn(), "approvedOn", "วันที่อนุกรรมการจังหวัดอนุมัติ", errors);
		LocalDate paidOn = body.paidOn() == null || body.paidOn().isBlank() ? null
				: date(body.paidOn(), "paidOn", "วันที่ชำระครบ", errors);
		if (!errors.isEmpty()) {
			throw new ApiProblems.InvalidInput(errors, "ข้อมูลไม่ถูกต้อง");
		}
		List<String> sources = new ArrayList<>();
		int days = figure("PENALTY_WAIVER", "CLOSE_OUT_DAYS", approvedOn, sources).intValue();
		return new CloseOutResultJson(days, CivilCodeDays.lastDayWithin(approvedOn, days),
				paidOn == null ? null : CivilCodeDays.dayOfPeriod(approvedOn, paidOn),
				paidOn == null ? null : CivilCodeDays.within(approvedOn, days, paidOn), sources.get(0));
	}

	private BigDecimal figure(String measure, String name, LocalDate on, List<String> sources) {
		MeasureParameters.Figure figure = this.parameters.on(measure, name, on)
			.orElseThrow(() -> ApplicationRefused.conflict("ยังไม่มีค่ากำหนด " + name + " ของมาตรการ " + measure
					+ " ที่มีผล ณ วันที่ " + ThaiDates.shortDate(on) + ": บันทึกจากประกาศก่อน"));
		sources.add(figure.source());
		return figure.value();
	}

	private static BigDecimal positive(BigDecimal amount, String field, List<Map<String, String>> errors) {
		if (amount == null || amount.signum() <= 0) {
			errors.add(Map.of("field", field, "message", "จำนวนเงินต้องมากกว่า 0"));
			return null;
		}
		return amount;
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
