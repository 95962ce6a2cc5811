package th.go.cdd.fastdata.womenfund.map;

import java.math.BigDecimal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;

/**
 * A project's location (ตำแหน่งบ้านลูกหนี้): capture it on a phone (GPS with its accuracy) or by
 * clicking the map, with a note on how to find the house; and the history of every location set.
 */
@Controller
class LocationController {

	static final String RECORDERS = "hasAnyRole('PROVINCE_OFFICER','DISTRICT_OFFICER')";

	/** A phone that reports worse than this has no fix worth keeping (a cell tower's guess). */
	static final int WORST_ACCURACY_METRES = 5_000;

	private final CurrentUsers currentUsers;

	private final ProjectLocations locations;

	private final MapSettings settings;

	private final OrganisationDirectory directory;

	LocationController(CurrentUsers currentUsers, ProjectLocations locations, MapSettings settings,
			OrganisationDirectory directory) {
		this.currentUsers = currentUsers;
		this.locations = locations;
		this.settings = settings;
		this.directory = directory;
	}

	@InitBinder("locationForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("latitude", "longitude", "accuracy", "method", "note");
	}

	@GetMapping("/womenfund/projects/{id}/location")
	String show(@PathVariable long id, Model model, HttpServletResponse response) {
		if (!model.containsAttribute("locationForm")) {
			model.addAttribute("locationForm", new LocationForm());
		}
		return page(id, model, response);
	}

	@PostMapping("/womenfund/projects/{id}/location")
	@PreAuthorize(RECORDERS)
	String record(@PathVariable long id, @ModelAttribute LocationForm locationForm, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Scope scope = this.currentUsers.scope();
		this.locations.project(scope, id);
		LocationMethod method = switch (String.valueOf(locationForm.getMethod())) {
			case "GPS" -> LocationMethod.GPS;
			case "TYPED" -> LocationMethod.TYPED;
			default -> LocationMethod.MAP_CLICK;
		};
		BigDecimal latitude = decimal(locationForm.getLatitude(), "latitude", "ละติจูด", result);
		BigDecimal longitude = decimal(locationForm.getLongitude(), "longitude", "ลองจิจูด", result);
		Integer accuracy = null;
		if (method == LocationMethod.GPS && locationForm.getAccuracy() != null && !locationForm.getAccuracy().isBlank()) {
			BigDecimal metres = decimal(locationForm.getAccuracy(), "accuracy", "ความแม่นยำ", result);
			if (metres != null) {
				accuracy = metres.setScale(0, java.math.RoundingMode.HALF_UP).intValue();
				if (accuracy < 0 || accuracy > WORST_ACCURACY_METRES) {
					result.rejectValue("accuracy", "accuracy", "ความแม่นยำของ GPS " + accuracy
							+ " เมตร หยาบเกินไป โปรดออกไปที่โล่งแล้วลองใหม่ หรือคลิกตำแหน่งบนแผนที่แทน");
				}
			}
		}
		if (locationForm.getNote() != null && locationForm.getNote().strip().length() > ProjectLocations.NOTE_LENGTH) {
			result.rejectValue("note", "length", "คำอธิบายทางไปบ้านยาวได้ไม่เกิน 500 ตัวอักษร");
		}
		Coordinates point = null;
		if (!result.hasErrors()) {
			try {
				point = new Coordinates(latitude, longitude);
			}
			catch (Coordinates.OutsideThailand ex) {
				result.rejectValue("latitude", "outside", ex.getMessage());
			}
		}
		if (result.hasErrors()) {
			return page(id, model, response);
		}
		this.locations.record(scope, id, point, accuracy, method, locationForm.getNote(), user.getName());
		redirect.addFlashAttribute("message", "บันทึกตำแหน่งบ้านลูกหนี้แล้ว (ตำแหน่งเดิมเก็บไว้ในประวัติ)");
		return "redirect:/womenfund/projects/" + id + "/location";
	}

	private String page(long id, Model model, HttpServletResponse response) {
		Scope scope = this.currentUsers.scope();
		ProjectLocations.ProjectHeading project = this.locations.project(scope, id);
		List<ProjectLocation> history = this.locations.history(scope, id);
		model.addAttribute("project", project);
		model.addAttribute("history", history);
		model.addAttribute("current", history.stream().filter(ProjectLocation::current).findFirst().orElse(null));
		model.addAttribute("map", this.settings);
		// the faint neighbours on the map are the other debtors of the project's district only
		model.addAttribute("districtCode", this.directory.districtsIn(scope)
			.stream()
			.filter(d -> d.id().equals(project.districtId()))
			.map(AreaOption::code)
			.findFirst()
			.orElse(""));
		MapPagePolicy.allowTiles(this.settings, response);
		return "womenfund/map/projectLocation";
	}

	private static BigDecimal decimal(String text, String field, String label, BindingResult result) {
		if (text == null || text.isBlank()) {
			result.rejectValue(field, "required", "กรุณาระบุ" + label + " (กดปุ่มใช้ตำแหน่งปัจจุบัน หรือคลิกบนแผนที่)");
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(",", "."));
		}
		catch (NumberFormatException ex) {
			result.rejectValue(field, "number", label + "ต้องเป็นตัวเลขทศนิยม เช่น 7.8912");
			return null;
		}
	}

}
