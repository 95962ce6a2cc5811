package th.go.cdd.fastdata.womenfund.forms;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Province;
import th.go.cdd.fastdata.organisation.ServedProvinces;
import th.go.cdd.fastdata.womenfund.measure.MeasureCatalogue;

/**
 * The public page (no login): the measures in force and the current forms of a province, with the
 * office's contact, its QR code and a poster to print. It shows catalogue and forms only, never a
 * person, a project or a project's file. {@code /public} is the home province's.
 */
@Controller
class PublicController {

	private final ServedProvinces provinces;

	private final MeasureCatalogue catalogue;

	private final FormsLibrary library;

	private final AnnouncementFiles announcements;

	private final PublicSettings settings;

	PublicController(ServedProvinces provinces, MeasureCatalogue catalogue, FormsLibrary library,
			AnnouncementFiles announcements, PublicSettings settings) {
		this.provinces = provinces;
		this.catalogue = catalogue;
		this.library = library;
		this.announcements = announcements;
		this.settings = settings;
	}

	@GetMapping("/public")
	String home(Model model) {
		return page(this.provinces.home(), model, "public/page");
	}

	@GetMapping("/public/{code:\\d{2}}")
	String province(@PathVariable String code, Model model) {
		return page(served(code), model, "public/page");
	}

	@GetMapping("/public/poster")
	String homePoster(Model model) {
		return page(this.provinces.home(), model, "public/poster");
	}

	@GetMapping("/public/{code:\\d{2}}/poster")
	String poster(@PathVariable String code, Model model) {
		return page(served(code), model, "public/poster");
	}

	@GetMapping(value = "/public/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> homeQr() {
		return qr(this.provinces.home());
	}

	@GetMapping(value = "/public/{code:\\d{2}}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> provinceQr(@PathVariable String code) {
		return qr(served(code));
	}

	/** A form's file: forms are public papers (any version, so an old link still opens). */
	@GetMapping("/public/forms/{versionId}")
	void form(@PathVariable Long versionId, HttpServletResponse response) throws IOException {
		FormsLibrary.Version version = this.provinces.all()
			.stream()
			.filter(Province::isServed)
			.map(p -> this.library.version(p.getId(), versionId))
			.flatMap(Optional::stream)
			.findFirst()
			.orElseThrow(NotFoundInScope::new);
		FormController.send(response, version.contentType(), version.fileName(), version.size(),
				this.library.open(version.storageKey()), true);
	}

	@GetMapping("/public/announcements/{fileId}")
	void announcement(@PathVariable Long fileId, HttpServletResponse response) throws IOException {
		AnnouncementFiles.AnnouncementFile file = this.announcements.current(fileId).orElseThrow(NotFoundInScope::new);
		FormController.send(response, FormFileCheck.PDF, file.fileName(), file.size(), this.announcements.open(file),
				true);
	}

	private String page(Province province, Model model, String view) {
		LocalDate today = this.library.today();
		model.addAttribute("province", province);
		model.addAttribute("today", today);
		model.addAttribute("pageUrl", pageUrl(province));
		model.addAttribute("qrPath", "/public/" + province.getCode() + "/qr.png");
		model.addAttribute("office", office(province));
		model.addAttribute("measures",
				this.catalogue.entries(today).stream().filter(e -> e.inForce().isPresent()).toList());
		List<FormsLibrary.PublicForm> forms = this.library.forms(province.getId())
			.stream()
			.flatMap(f -> f.current(today).map(v -> new FormsLibrary.PublicForm(f, v)).stream())
			.toList();
		model.addAttribute("forms", forms);
		model.addAttribute("categories", this.library.categories()
			.stream()
			.filter(c -> forms.stream().anyMatch(f -> f.form().category().code().equals(c.code())))
			.toList());
		return view;
	}

	private ResponseEntity<byte[]> qr(Province province) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
			.body(QrCodes.png(pageUrl(province), 600));
	}

	/** The absolute address of the province's page, for the QR code and the poster. */
	String pageUrl(Province province) {
		return this.settings.baseUrl() + "/public/" + province.getCode();
	}

	private PublicSettings.Office office(Province province) {
		PublicSettings.Office configured = this.settings.offices().get(province.getCode());
		String name = "สำนักงานพัฒนาชุมชน" + province.label();
		if (configured == null) {
			return new PublicSettings.Office(name, null, null, null, null, null);
		}
		return configured.name() == null || configured.name().isBlank() ? new PublicSettings.Office(name,
				configured.address(), configured.phone(), configured.hours(), configured.line(), configured.email())
				: configured;
	}

	private Province served(String code) {
		return this.provinces.all()
			.stream()
			.filter(p -> p.getCode().equals(code) && p.isServed())
			.findFirst()
			.orElseThrow(NotFoundInScope::new);
	}

}
