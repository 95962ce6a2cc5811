package th.go.cdd.fastdata.womenfund.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Role;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/** The twice-monthly district reports: the province's overview, and one district's report of one period. */
@Controller
class DistrictReportController {

	/** Who writes and submits: the district's officer, or the province's on its behalf. */
	static final String WRITERS = "hasAnyRole('PROVINCE_OFFICER','DISTRICT_OFFICER')";

	/** Who returns a submitted report for correction: the province's fund officer, or the administrator. */
	static final String RETURNERS = "hasAnyRole('PROVINCE_OFFICER','ADMIN')";

	private final DistrictReports reports;

	private final CurrentUsers currentUsers;

	private final ReportCalendar calendar;

	private final OrganisationDirectory directory;

	private final ReportOverviews overviews;

	DistrictReportController(DistrictReports reports, ReportOverviews overviews, CurrentUsers currentUsers,
			ReportCalendar calendar, OrganisationDirectory directory) {
		this.overviews = overviews;
		this.directory = directory;
		this.reports = reports;
		this.calendar = calendar;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/womenfund/reports")
	String overview(@RequestParam(required = false) Long provinceId, Model model) {
		Scope scope = this.currentUsers.scope();
		List<AreaOption> districts = this.directory.districtsIn(scope);
		ReportsByProvince area = ReportsByProvince.of(districts, this.directory.servedProvinces(), provinceId);
		ReportOverviews.Overview overview = this.overviews.overview(area.narrow(scope, districts));
		model.addAttribute("overview", overview);
		model.addAttribute("area", area);
		model.addAttribute("provinceRows", area.byProvince() ? area.rows(overview) : List.of());
		model.addAttribute("calendars", this.calendar.entries());
		return "womenfund/report/overview";
	}

	/** A new calendar of due days from an announcement (national: the administrator's). */
	@PostMapping("/womenfund/reports/calendar")
	@PreAuthorize("hasRole('ADMIN')")
	String announce(@RequestParam(required = false) String effectiveFrom, @RequestParam(required = false) String dueDays,
			@RequestParam(defaultValue = "2") String remindDaysBefore, @RequestParam(required = false) String source,
			Authentication user, RedirectAttributes redirect) {
		try {
			LocalDate from = th.go.cdd.fastdata.thai.ThaiDates.parse(effectiveFrom);
			int remind;
			try {
				remind = Integer.parseInt(remindDaysBefore.strip());
			}
			catch (NumberFormatException ex) {
				throw new DistrictReports.Refused("เตือนล่วงหน้า: กรุณาระบุจำนวนวันเป็นตัวเลข 0–14");
			}
			this.calendar.announce(from, dueDays, remind, source, this.reports.today(), user.getName());
			redirect.addFlashAttribute("message", "บันทึกกำหนดส่งรายงานใหม่แล้ว มีผลตั้งแต่เดือนแรกที่เริ่มในหรือหลังวันที่ "
					+ th.go.cdd.fastdata.thai.ThaiDates.shortDate(from));
		}
		catch (th.go.cdd.fastdata.thai.ThaiDateParseException ex) {
			redirect.addFlashAttribute("problem", "วันที่มีผล: " + ex.getMessage());
			redirect.addFlashAttribute("typed", new String[] { effectiveFrom, dueDays, source });
		}
		catch (DistrictReports.Refused ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			redirect.addFlashAttribute("typed", new String[] { effectiveFrom, dueDays, source });
		}
		return "redirect:/womenfund/reports#calendar";
	}

	@GetMapping("/womenfund/reports/{districtId}/{dueOn}")
	String show(@PathVariable Long districtId, @PathVariable String dueOn, Model model) {
		DistrictReports.Report report = this.reports.open(this.currentUsers.scope(), districtId, day(dueOn));
		return page(report, report.narrative(), model);
	}

	@PostMapping("/womenfund/reports/{districtId}/{dueOn}")
	@PreAuthorize(WRITERS)
	String write(@PathVariable Long districtId, @PathVariable String dueOn,
			@RequestParam(required = false) String achievements, @RequestParam(required = false) String problems,
			@RequestParam(required = false) String nextSteps, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "save") String action, Authentication user, Model model,
			RedirectAttributes redirect) {
		DistrictReports.Narrative typed = new DistrictReports.Narrative(achievements, problems, nextSteps);
		LocalDate due = day(dueOn);
		try {
			if ("submit".equals(action)) {
				this.reports.submit(this.currentUsers.scope(), districtId, due, typed, version, user.getName());
				redirect.addFlashAttribute("message",
						"ส่งรายงานแล้ว จังหวัดเห็นรายงานนี้แล้ว แก้ไขไม่ได้อีก เว้นแต่จังหวัดส่งกลับให้แก้ไข");
			}
			else {
				this.reports.save(this.currentUsers.scope(), districtId, due, typed, version, user.getName());
				redirect.addFlashAttribute("message", "บันทึกร่างแล้ว ยังไม่ได้ส่ง");
			}
			return "redirect:/womenfund/reports/" + districtId + "/" + due;
		}
		catch (DistrictReports.Refused ex) {
			// the page again with what she typed, so nothing is lost
			model.addAttribute("problem", ex.getMessage());
			DistrictReports.Report report = this.reports.open(this.currentUsers.scope(), districtId, due);
			return page(report, typed, model);
		}
	}

	/** The province returns a submitted report to the district for correction, with its reason. */
	@PostMapping("/womenfund/reports/{districtId}/{dueOn}/return")
	@PreAuthorize(RETURNERS)
	String returnForCorrection(@PathVariable Long districtId, @PathVariable String dueOn,
			@RequestParam(required = false) String reason, Authentication user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		LocalDate due = day(dueOn);
		try {
			this.reports.returnForCorrection(this.currentUsers.scope(), districtId, due, reason, user.getName());
			redirect.addFlashAttribute("message", "ส่งรายงานกลับให้อำเภอแก้ไขแล้ว อำเภอเห็นเหตุผลในหน้ารายงานนี้");
			return "redirect:/womenfund/reports/" + districtId + "/" + due;
		}
		catch (DistrictReports.Refused ex) {
			if (ex instanceof DistrictReports.WrongState) {
				response.setStatus(HttpStatus.CONFLICT.value());
			}
			// the page again with the reason she typed, so nothing is lost
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("reason", reason);
			DistrictReports.Report report = this.reports.open(this.currentUsers.scope(), districtId, due);
			return page(report, report.narrative(), model);
		}
	}

	private String page(DistrictReports.Report report, DistrictReports.Narrative text, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("text", text);
		model.addAttribute("groups", StatusGroup.values());
		SignedInUser user = this.currentUsers.current().orElseThrow();
		// a returned report is editable again, like a draft
		model.addAttribute("mayWrite",
				!report.submitted() && (user.is(Role.DISTRICT_OFFICER) || user.is(Role.PROVINCE_OFFICER)));
		model.addAttribute("mayReturn", report.submitted() && (user.is(Role.PROVINCE_OFFICER) || user.is(Role.ADMIN)));
		return "womenfund/report/report";
	}

	private static LocalDate day(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new NotFoundInScope();
		}
	}

}
