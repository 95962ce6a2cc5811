package th.go.cdd.fastdata.womenfund.visit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.thai.ThaiDateParseException;
import th.go.cdd.fastdata.thai.ThaiDates;

/** Visit plans: the list, a new plan, a plan's route with its assignments, and its printable packet. */
@Controller
class VisitPlanController {

	static final String RECORDERS = "hasAnyRole('PROVINCE_OFFICER','DISTRICT_OFFICER')";

	record MonthOption(String value, String label) {
	}

	private final CurrentUsers currentUsers;

	private final VisitPlans plans;

	private final FieldPackets packets;

	private final OrganisationDirectory directory;

	VisitPlanController(CurrentUsers currentUsers, VisitPlans plans, FieldPackets packets,
			OrganisationDirectory directory) {
		this.currentUsers = currentUsers;
		this.plans = plans;
		this.packets = packets;
		this.directory = directory;
	}

	@GetMapping("/womenfund/visits")
	String list(Model model) {
		var scope = this.currentUsers.scope();
		model.addAttribute("plans", this.plans.plans(scope));
		model.addAttribute("plansShown", VisitPlans.PLANS_SHOWN);
		List<AreaOption> districts = this.directory.districtsIn(scope);
		model.addAttribute("districts", districts);
		YearMonth now = YearMonth.from(this.plans.today());
		List<MonthOption> months = new ArrayList<>();
		for (int i = -1; i <= 2; i++) {
			YearMonth m = now.plusMonths(i);
			months.add(new MonthOption(m.toString(), VisitPlans.PlanSummary.monthLabel(m.atDay(1))));
		}
		model.addAttribute("months", months);
		model.addAttribute("thisMonth", now.toString());
		model.addAttribute("defaultSize", this.plans.planSize());
		model.addAttribute("maxSize", VisitPlans.MAX_SIZE);
		return "womenfund/visit/plans";
	}

	@PostMapping("/womenfund/visits/plans")
	@PreAuthorize(RECORDERS)
	String create(@RequestParam Long districtId, @RequestParam String month,
			@RequestParam(required = false) Integer size, Authentication user,
			RedirectAttributes redirect) {
		YearMonth yearMonth;
		try {
			yearMonth = YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("problem", "เดือนไม่ถูกต้อง");
			return "redirect:/womenfund/visits";
		}
		try {
			Long id = this.plans.create(this.currentUsers.scope(), districtId, yearMonth,
					size == null ? this.plans.planSize() : size, user.getName());
			redirect.addFlashAttribute("message", "สร้างแผนแล้ว จากลูกหนี้ที่ต้องติดตามก่อนตามลำดับความเร่งด่วน");
			return "redirect:/womenfund/visits/plans/" + id;
		}
		catch (VisitPlans.PlanExists ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/womenfund/visits/plans/" + ex.planId();
		}
	}

	@GetMapping("/womenfund/visits/plans/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("plan", this.plans.open(this.currentUsers.scope(), id));
		model.addAttribute("today", this.plans.today());
		return "womenfund/visit/plan";
	}

	@PostMapping("/womenfund/visits/plans/{id}/stops")
	@PreAuthorize(RECORDERS)
	String add(@PathVariable Long id, @RequestParam(required = false) String code, Authentication user,
			RedirectAttributes redirect) {
		try {
			this.plans.add(this.currentUsers.scope(), id, code, user.getName());
			redirect.addFlashAttribute("message", "เพิ่มโครงการ " + code.strip() + " ในแผนแล้ว");
		}
		catch (VisitPlans.Refused ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/womenfund/visits/plans/" + id;
	}

	@PostMapping("/womenfund/visits/plans/{id}/stops/{stopId}/remove")
	@PreAuthorize(RECORDERS)
	String remove(@PathVariable Long id, @PathVariable Long stopId, RedirectAttributes redirect) {
		this.plans.remove(this.currentUsers.scope(), id, stopId);
		redirect.addFlashAttribute("message", "นำโครงการออกจากแผนแล้ว (บันทึกการเยี่ยมที่มีอยู่ยังเก็บไว้)");
		return "redirect:/womenfund/visits/plans/" + id;
	}

	@PostMapping("/womenfund/visits/plans/{id}/assign")
	@PreAuthorize(RECORDERS)
	String assign(@PathVariable Long id, @RequestParam(name = "stopIds", required = false) List<Long> stopIds,
			@RequestParam(required = false) String visitOn, @RequestParam(required = false) Long officerId,
			@RequestParam(required = false) String leaders, RedirectAttributes redirect) {
		LocalDate day = null;
		if (visitOn != null && !visitOn.isBlank()) {
			try {
				day = ThaiDates.parse(visitOn);
			}
			catch (ThaiDateParseException ex) {
				redirect.addFlashAttribute("problem", "วันที่ไปเยี่ยม: " + ex.getMessage());
				return "redirect:/womenfund/visits/plans/" + id;
			}
		}
		try {
			this.plans.assign(this.currentUsers.scope(), id, stopIds == null ? List.of() : stopIds, day, officerId,
					leaders);
			redirect.addFlashAttribute("message", "บันทึกวัน เจ้าหน้าที่ และผู้นำท้องที่แล้ว");
		}
		catch (VisitPlans.Refused ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/womenfund/visits/plans/" + id;
	}

	@GetMapping("/womenfund/visits/plans/{id}/packet")
	String packet(@PathVariable Long id, Authentication user, Model model) {
		model.addAttribute("packet", this.packets.of(this.currentUsers.scope(), id));
		model.addAttribute("printedBy", this.currentUsers.current().map(u -> u.displayName()).orElse(user.getName()));
		model.addAttribute("printedAt", java.time.Instant.now());
		return "womenfund/visit/packet";
	}

}
