package th.go.cdd.fastdata.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.Role;
import th.go.cdd.fastdata.organisation.SignedInUser;

/**
 * Gives every page the signed-in user (name, role, area for the header) and the menu of
 * the modules her role may use. A menu entry exists only for pages that exist.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

	private final CurrentUsers currentUsers;

	LayoutAdvice(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@ModelAttribute("me")
	SignedInUser me() {
		return this.currentUsers.current().orElse(null);
	}

	@ModelAttribute("menu")
	List<MenuItem> menu(HttpServletRequest request) {
		Optional<SignedInUser> user = this.currentUsers.current();
		if (user.isEmpty()) {
			return List.of();
		}
		List<String[]> entries = new ArrayList<>();
		entries.add(new String[] { "หน้าแรก", "/" });
		entries.add(new String[] { "ลูกหนี้กองทุนสตรี", "/womenfund" });
		entries.add(new String[] { "พื้นที่และหมู่บ้าน", "/areas" });
		entries.add(new String[] { "การแจ้งเตือนของฉัน", "/notifications" });
		if (user.get().is(Role.ADMIN)) {
			entries.add(new String[] { "ผู้ใช้งาน", "/admin/users" });
			entries.add(new String[] { "จังหวัดที่ให้บริการ", "/admin/provinces" });
			entries.add(new String[] { "บันทึกการใช้งาน", "/admin/audit" });
			entries.add(new String[] { "ส่งการแจ้งเตือน", "/admin/notifications" });
		}
		return items(entries, path(request));
	}

	/**
	 * The women's fund's own pages, a second row under the main menu on the home page and on every
	 * women's fund page: one row of eleven entries scrolled off a phone's screen.
	 */
	@ModelAttribute("submenu")
	List<MenuItem> submenu(HttpServletRequest request) {
		Optional<SignedInUser> user = this.currentUsers.current();
		String path = path(request);
		if (user.isEmpty() || !("/".equals(path) || path.equals("/womenfund") || path.startsWith("/womenfund/"))) {
			return List.of();
		}
		List<String[]> entries = new ArrayList<>();
		entries.add(new String[] { "ทะเบียนลูกหนี้", "/womenfund" });
		entries.add(new String[] { "แดชบอร์ด", "/womenfund/dashboard" });
		entries.add(new String[] { "ติดตามเยี่ยมลูกหนี้", "/womenfund/visits" });
		entries.add(new String[] { "รายงานอำเภอ", "/womenfund/reports" });
		entries.add(new String[] { "แผนที่ลูกหนี้", "/womenfund/map" });
		entries.add(new String[] { "แฟ้มโครงการ", "/womenfund/documents" });
		entries.add(new String[] { "คำขอเข้าร่วมมาตรการ", "/womenfund/applications" });
		entries.add(new String[] { "ไกล่เกลี่ยก่อนฟ้อง", "/womenfund/mediation" });
		entries.add(new String[] { "ดำเนินคดี", "/womenfund/litigation" });
		entries.add(new String[] { "คลังแบบฟอร์ม", "/womenfund/forms" });
		if (user.get().role().provinceWide()) {
			entries.add(new String[] { "รายงานต่อคณะกรรมการฯ จังหวัด", "/womenfund/committee" });
		}
		if (user.get().is(Role.ADMIN) || user.get().is(Role.PROVINCE_OFFICER) || user.get().is(Role.DISTRICT_OFFICER)) {
			entries.add(new String[] { "นำเข้าข้อมูล LM", "/womenfund/imports" });
		}
		if (user.get().is(Role.ADMIN) || user.get().is(Role.PROVINCE_OFFICER)) {
			entries.add(new String[] { "แม่แบบหนังสือ", "/womenfund/letters/templates" });
		}
		return items(entries, path);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	// the longest entry the path lies under is the active one (/womenfund/imports, not /womenfund)
	/** Pages reached from an entry whose path they do not share: the entry they belong to. */
	private static final java.util.Map<String, String> BELONGS_TO = java.util.Map.of("/womenfund/payments",
			"/womenfund/dashboard", "/womenfund/measures", "/womenfund/applications", "/womenfund/calculators",
			"/womenfund/applications");

	private static List<MenuItem> items(List<String[]> entries, String requested) {
		String path = BELONGS_TO.entrySet()
			.stream()
			.filter(e -> requested.equals(e.getKey()) || requested.startsWith(e.getKey() + "/"))
			.map(java.util.Map.Entry::getValue)
			.findFirst()
			.orElse(requested);
		String active = entries.stream()
			.map(entry -> entry[1])
			.filter(href -> "/".equals(href) ? "/".equals(path) : path.equals(href) || path.startsWith(href + "/"))
			.max(java.util.Comparator.comparingInt(String::length))
			.orElse("");
		return entries.stream().map(entry -> new MenuItem(entry[0], entry[1], entry[1].equals(active))).toList();
	}

}
