package th.go.cdd.fastdata.womenfund.project;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import th.go.cdd.fastdata.organisation.CurrentUsers;

/** The search box of every page, and its JSON twin. */
@Controller
class SearchController {

	record Hit(String kind, Long id, String code, String name, String detail) {
	}

	private final CurrentUsers currentUsers;

	private final Search search;

	SearchController(CurrentUsers currentUsers, Search search) {
		this.currentUsers = currentUsers;
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("results", this.search.find(this.currentUsers.scope(), q));
		return "womenfund/searchResults";
	}

	@GetMapping("/api/v1/search")
	@ResponseBody
	List<Hit> api(@RequestParam(defaultValue = "") String q) {
		Search.Results results = this.search.find(this.currentUsers.scope(), q);
		List<Hit> projects = results.projects()
			.stream()
			.map(p -> new Hit("project", p.getId(), p.getCode(), p.getName(), null))
			.toList();
		List<Hit> people = results.people()
			.stream()
			.map(p -> new Hit("person", p.getId(), null, p.fullName(), p.maskedNationalId()))
			.toList();
		return java.util.stream.Stream.concat(projects.stream(), people.stream()).toList();
	}

}
