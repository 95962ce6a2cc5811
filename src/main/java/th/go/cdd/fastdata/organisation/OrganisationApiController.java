package th.go.cdd.fastdata.organisation;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the organisation module: who am I, and the villages in my scope. */
@RestController
@RequestMapping("/api/v1")
class OrganisationApiController {

	record Me(String username, String displayName, String role, String roleLabel, String area,
			List<String> districts) {
	}

	record VillageJson(Long id, String code, int moo, String name, String subdistrictCode, String subdistrict,
			String districtCode, String district) {

		static VillageJson of(Village v) {
			Subdistrict s = v.getSubdistrict();
			return new VillageJson(v.getId(), v.getCode(), v.getMoo(), v.getNameTh(), s.getCode(), s.getNameTh(),
					s.getDistrict().getCode(), s.getDistrict().getNameTh());
		}
	}

	private final CurrentUsers currentUsers;

	private final Villages villages;

	OrganisationApiController(CurrentUsers currentUsers, Villages villages) {
		this.currentUsers = currentUsers;
		this.villages = villages;
	}

	@GetMapping("/me")
	Me me() {
		SignedInUser user = this.currentUsers.current().orElseThrow(NotFoundInScope::new);
		return new Me(user.username(), user.displayName(), user.role().name(), user.roleLabel(), user.areaLabel(),
				user.districts());
	}

	@GetMapping("/villages")
	List<VillageJson> villages(@RequestParam(required = false) Long subdistrictId) {
		return this.villages.list(this.currentUsers.scope(), subdistrictId).stream().map(VillageJson::of).toList();
	}

	@GetMapping("/villages/{id}")
	VillageJson village(@PathVariable Long id) {
		return VillageJson.of(this.villages.get(this.currentUsers.scope(), id));
	}

}
