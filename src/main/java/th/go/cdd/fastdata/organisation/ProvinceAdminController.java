package th.go.cdd.fastdata.organisation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrator page: which provinces this deployment serves (ADMIN only). */
@Controller
class ProvinceAdminController {

	private final ServedProvinces provinces;

	ProvinceAdminController(ServedProvinces provinces) {
		this.provinces = provinces;
	}

	@GetMapping("/admin/provinces")
	String list(Model model) {
		model.addAttribute("provinces", this.provinces.all());
		model.addAttribute("home", this.provinces.home());
		return "organisation/provinceList";
	}

	@PostMapping("/admin/provinces/{id}/serve")
	String serve(@PathVariable Long id, RedirectAttributes redirect) {
		this.provinces.serve(id);
		redirect.addFlashAttribute("message", "เปิดให้บริการจังหวัดแล้ว สร้างผู้ใช้ของจังหวัดนี้ได้ที่หน้าผู้ใช้งาน");
		return "redirect:/admin/provinces";
	}

}
