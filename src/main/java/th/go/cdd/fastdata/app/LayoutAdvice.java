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
		String path = request.getRequestURI().substring(request.getContextPath().length());
		List<MenuItem> menu = new ArrayList<>();
		menu.add(item("หน้าแรก", "/", path));
		menu.add(item("ลูกหนี้กองทุนสตรี", "/womenfund", path));
		menu.add(item("พื้นที่และหมู่บ้าน", "/areas", path));
		if (user.get().is(Role.ADMIN)) {
			menu.add(item("ผู้ใช้งาน", "/admin/users", path));
			menu.add(item("จังหวัดที่ให้บริการ", "/admin/provinces", path));
			menu.add(item("บันทึกการใช้งาน", "/admin/audit", path));
		}
		return menu;
	}

	private static MenuItem item(String label, String href, String path) {
		boolean active = "/".equals(href) ? "/".equals(path) : path.startsWith(href);
		return new MenuItem(label, href, active);
	}

}
