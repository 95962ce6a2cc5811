package th.go.cdd.fastdata.womenfund.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.thai.Baht;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.Contract;
import th.go.cdd.fastdata.womenfund.project.ContractRepository;
import th.go.cdd.fastdata.womenfund.project.Project;
import th.go.cdd.fastdata.womenfund.project.ProjectRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;
import th.go.cdd.fastdata.womenfund.project.RepaymentPlan;
import th.go.cdd.fastdata.womenfund.status.LoanHistory;
import th.go.cdd.fastdata.womenfund.status.RepaymentSchedule;

/**
 * The measures' calculators on one page (เครื่องคำนวณตามมาตรการ), each with its figures' source, printable
 * to hand to the debtor; and the default interest of one project. The figures come from the version of
 * the measure in force on the day entered. Dates are typed in B.E. or C.E., amounts the Thai way.
 */
@Controller
class CalculatorController {

	private final DiscountTiers tiers;

	private final MeasureParameters parameters;

	private final CurrentUsers currentUsers;

	private final ProjectRepository projects;

	private final ContractRepository contracts;

	private final ProjectStatuses statuses;

	private final AuditLog audit;

	CalculatorController(DiscountTiers tiers, MeasureParameters parameters, CurrentUsers currentUsers,
			ProjectRepository projects, ContractRepository contracts, ProjectStatuses statuses, AuditLog audit) {
		this.tiers = tiers;
		this.parameters = parameters;
		this.currentUsers = currentUsers;
		this.projects = projects;
		this.contracts = contracts;
		this.statuses = statuses;
		this.audit = audit;
	}

	@GetMapping("/womenfund/calculators")
	String calculators(@RequestParam(required = false) String tool, @RequestParam Map<String, String> input,
			Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		model.addAttribute("input", input);
		model.addAttribute("tool", tool);
		model.addAttribute("errors", errors);
		model.addAttribute("stages", DiscountStage.values());
		if ("discount".equals(tool)) {
			DiscountStage stage = "IN_COURT".equals(input.get("stage")) ? DiscountStage.IN_COURT : DiscountStage.BEFORE_SUIT;
			LocalDate reference = date(input, "referenceDate", "วันอ้างอิง", errors);
			LocalDate paidOn = date(input, "paidOn", "วันที่ชำระ", errors);
			BigDecimal interest = amount(input, "defaultInterest", "ดอกเบี้ยผิดนัด/เบี้ยปรับ", errors);
			if (errors.isEmpty()) {
				model.addAttribute("discount", DefaultInterestDiscount.of(stage,
						this.tiers.inForce(DiscountTiers.MEDIATION_DISCOUNT, stage, reference), reference, paidOn, interest));
				model.addAttribute("discountBefore", interest);
			}
		}
		else if ("restructuring".equals(tool)) {
			BigDecimal outstanding = amount(input, "outstanding", "ยอดหนี้คงเหลือ", errors);
			LocalDate first = date(input, "firstDueOn", "วันครบกำหนดงวดแรก", errors);
			int years = whole(input, "years", 1);
			int perYear = whole(input, "installmentsPerYear", 12);
			if (first != null) {
				int maxYears = this.parameters.on(Measure.RESTRUCTURING.name(), "MAX_EXTRA_YEARS", first)
					.map(f -> f.value().intValue())
					.orElse(0);
				if (years < 1 || years > maxYears) {
					errors.put("years", "ขยายเวลาได้ 1 ถึง " + maxYears + " ปี ตามมาตรการที่มีผล");
				}
			}
			if (!List.of(1, 2, 4, 12).contains(perYear)) {
				errors.put("installmentsPerYear", "จำนวนงวดต่อปีต้องเป็น 1, 2, 4 หรือ 12");
			}
			if (errors.isEmpty()) {
				model.addAttribute("plan", RepaymentPlan.equal(outstanding, first, years * perYear, 12 / perYear));
			}
		}
		else if ("reduction".equals(tool)) {
			LocalDate approvedOn = date(input, "approvedOn", "วันที่อนุมัติ", errors);
			BigDecimal principal = amount(input, "principal", "เงินต้นที่ค้างชำระ", errors);
			int months = Math.max(1, Math.min(60, whole(input, "months", 12)));
			if (errors.isEmpty()) {
				List<String> sources = new ArrayList<>();
				InterestReduction.Rates rates = rates(approvedOn, sources, errors);
				if (rates != null) {
					model.addAttribute("reduction",
							InterestReduction.of(rates, approvedOn, principal, months, !"false".equals(input.get("paidOnTime"))));
					model.addAttribute("reductionSources", sources.stream().distinct().toList());
				}
			}
		}
		else if ("closeout".equals(tool)) {
			LocalDate approvedOn = date(input, "approvedOn", "วันที่อนุมัติ", errors);
			LocalDate paidOn = input.getOrDefault("paidOn", "").isBlank() ? null : date(input, "paidOn", "วันที่ชำระครบ", errors);
			if (errors.isEmpty()) {
				this.parameters.on(Measure.PENALTY_WAIVER.name(), "CLOSE_OUT_DAYS", approvedOn).ifPresentOrElse(figure -> {
					int days = figure.value().intValue();
					model.addAttribute("closeOutDays", days);
					model.addAttribute("closeOutLastDay", CivilCodeDays.lastDayWithin(approvedOn, days));
					model.addAttribute("closeOutSource", figure.source());
					if (paidOn != null) {
						model.addAttribute("closeOutDay", CivilCodeDays.dayOfPeriod(approvedOn, paidOn));
						model.addAttribute("closeOutWithin", CivilCodeDays.within(approvedOn, days, paidOn));
					}
				}, () -> errors.put("approvedOn", "ยังไม่มีระยะเวลาของมาตรการที่มีผลวันนั้น"));
			}
		}
		return "womenfund/calculators";
	}

	/** The default interest of one project on a date, stretch by stretch, at the contract's default rate. */
	@GetMapping("/womenfund/projects/{id}/default-interest")
	String projectDefaultInterest(@PathVariable Long id, @RequestParam(required = false) String asOf, Model model) {
		Project project = this.projects.findInScope(id, this.currentUsers.scope().queryIds())
			.orElseThrow(NotFoundInScope::new);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate date = asOf == null || asOf.isBlank() ? this.statuses.today()
				: date(Map.of("asOf", asOf), "asOf", "วันที่คำนวณ", errors);
		if (date == null) {
			date = this.statuses.today();
		}
		Contract contract = this.contracts.findByProject(id).orElseThrow(NotFoundInScope::new);
		LoanHistory history = this.statuses.historyOf(id).orElseThrow(NotFoundInScope::new);
		RepaymentSchedule inForce = history.schedules().get(0);
		for (RepaymentSchedule schedule : history.schedules()) {
			if (!schedule.effectiveFrom().isAfter(date)) {
				inForce = schedule;
			}
		}
		boolean restructured = inForce != history.schedules().get(0);
		LocalDate since = inForce.effectiveFrom();
		DefaultInterest.Result result = DefaultInterest.accrued(
				inForce.installments().stream().map(i -> new DefaultInterest.Due(i.dueOn(), i.amount())).toList(),
				history.payments()
					.stream()
					.filter(p -> !restructured || !p.paidOn().isBefore(since))
					.map(p -> new DefaultInterest.Paid(p.paidOn(), p.amount()))
					.toList(),
				contract.getDefaultInterestRate(), date);
		this.audit.viewed("Project", id, "คำนวณดอกเบี้ยผิดนัดของโครงการ " + project.getCode());
		model.addAttribute("project", project);
		model.addAttribute("contract", contract);
		model.addAttribute("result", result);
		model.addAttribute("restructured", restructured);
		model.addAttribute("asOfText", ThaiDates.shortDate(date));
		model.addAttribute("errors", errors);
		return "womenfund/defaultInterest";
	}

	private InterestReduction.Rates rates(LocalDate on, List<String> sources, Map<String, String> errors) {
		List<BigDecimal> values = new ArrayList<>();
		for (String name : List.of("FIRST_MONTHS", "FIRST_MONTHS_RATE", "MONTH_3_RATE", "ON_TIME_RATE", "LATE_RATE")) {
			var figure = this.parameters.on(Measure.INTEREST_REDUCTION.name(), name, on);
			if (figure.isEmpty()) {
				errors.put("approvedOn", "ยังไม่มีอัตราของมาตรการลดอัตราดอกเบี้ยที่มีผลวันนั้น (มีผลตั้งแต่ 30 ก.ย. 2566)");
				return null;
			}
			sources.add(figure.get().source());
			values.add(figure.get().value());
		}
		return new InterestReduction.Rates(values.get(0).intValue(), values.get(1), values.get(2), values.get(3),
				values.get(4));
	}

	private static LocalDate date(Map<String, String> input, String field, String label, Map<String, String> errors) {
		String text = input.get(field);
		if (text == null || text.isBlank()) {
			errors.put(field, "กรุณากรอก" + label);
			return null;
		}
		try {
			return ThaiDates.parse(text);
		}
		catch (RuntimeException ex) {
			errors.put(field, label + ": " + ex.getMessage());
			return null;
		}
	}

	private static BigDecimal amount(Map<String, String> input, String field, String label, Map<String, String> errors) {
		String text = input.get(field);
		if (text == null || text.isBlank()) {
			errors.put(field, "กรุณากรอก" + label);
			return null;
		}
		try {
			BigDecimal value = Baht.parse(text);
			if (value.signum() < 0) {
				errors.put(field, label + "ต้องไม่ติดลบ");
				return null;
			}
			return value;
		}
		catch (RuntimeException ex) {
			errors.put(field, label + ": " + ex.getMessage());
			return null;
		}
	}

	private static int whole(Map<String, String> input, String field, int otherwise) {
		try {
			return Integer.parseInt(input.getOrDefault(field, "").strip());
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

}
