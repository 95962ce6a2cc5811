package th.go.cdd.fastdata.womenfund.measure;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.Role;
import th.go.cdd.fastdata.thai.ThaiDateParseException;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;

/** The figures of the measures by date (ตัวเลขตามประกาศ), and a new one from an announcement. */
@Controller
class MeasureFigureController {

	private final MeasureFigures figures;

	private final CurrentUsers currentUsers;

	private final ProjectStatuses statuses;

	MeasureFigureController(MeasureFigures figures, CurrentUsers currentUsers, ProjectStatuses statuses) {
		this.figures = figures;
		this.currentUsers = currentUsers;
		this.statuses = statuses;
	}

	@GetMapping("/womenfund/measures/figures")
	String list(Model model) {
		return page(model, Map.of());
	}

	// announcements are entered by the provincial fund secretariat and the administrator, as measure versions are
	@PostMapping("/womenfund/measures/figures")
	@PreAuthorize("hasAnyRole('PROVINCE_OFFICER','ADMIN')")
	String announce(@RequestParam(required = false) String key, @RequestParam(required = false) String value,
			@RequestParam(required = false) String effectiveFrom, @RequestParam(required = false) String source,
			Model model, RedirectAttributes redirect) {
		try {
			LocalDate from = ThaiDates.parse(effectiveFrom);
			this.figures.announce(key, value, from, source, this.statuses.today());
			redirect.addFlashAttribute("message", "บันทึกตัวเลขใหม่แล้ว มีผลตั้งแต่ " + ThaiDates.shortDate(from)
					+ " ฉบับก่อนสิ้นสุดในวันก่อนหน้า");
			return "redirect:/womenfund/measures/figures";
		}
		catch (ThaiDateParseException | MeasureFigures.Refused ex) {
			model.addAttribute("problem", (ex instanceof ThaiDateParseException ? "วันที่มีผล: " : "") + ex.getMessage());
			return page(model, Map.of("key", nonNull(key), "value", nonNull(value), "effectiveFrom", nonNull(effectiveFrom),
					"source", nonNull(source)));
		}
	}

	private String page(Model model, Map<String, String> typed) {
		LocalDate today = this.statuses.today();
		model.addAttribute("histories", this.figures.all());
		model.addAttribute("today", today);
		model.addAttribute("typed", typed);
		model.addAttribute("canEdit", this.currentUsers.current()
			.map((u) -> u.is(Role.PROVINCE_OFFICER) || u.is(Role.ADMIN))
			.orElse(false));
		return "womenfund/measureFigures";
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

}
