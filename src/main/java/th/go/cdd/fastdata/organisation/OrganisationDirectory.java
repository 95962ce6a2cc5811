package th.go.cdd.fastdata.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only look-ups of areas for other modules and for choice lists. */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

	private final ProvinceRepository provinces;

	private final DistrictRepository districts;

	private final SubdistrictRepository subdistricts;

	private final VillageRepository villages;

	private final UserAccountRepository users;

	/**
	 * Every district of the country (928), read once: districts are reference data loaded by the
	 * migrations and never edited by the application, and nearly every page names some of them.
	 */
	private volatile Map<Long, AreaOption> allDistricts;

	OrganisationDirectory(ProvinceRepository provinces, DistrictRepository districts,
			SubdistrictRepository subdistricts, VillageRepository villages, UserAccountRepository users) {
		this.users = users;
		this.provinces = provinces;
		this.districts = districts;
		this.subdistricts = subdistricts;
		this.villages = villages;
	}

	/** "อำเภอกะทู้" by district id, for the ids asked. */
	public Map<Long, String> districtLabels(Collection<Long> ids) {
		Map<Long, AreaOption> all = allDistricts();
		Map<Long, String> labels = new java.util.HashMap<>();
		ids.forEach(id -> {
			AreaOption district = all.get(id);
			if (district != null) {
				labels.put(id, district.label());
			}
		});
		return labels;
	}

	/** "ตำบลป่าตอง" by subdistrict id. */
	public Map<Long, String> subdistrictLabels(Collection<Long> ids) {
		return this.subdistricts.findAllById(ids).stream().collect(Collectors.toMap(Subdistrict::getId, Subdistrict::label));
	}

	/** "หมู่ที่ 3 บ้านบางคู" by village id. */
	public Map<Long, String> villageLabels(Collection<Long> ids) {
		return this.villages.findAllById(ids).stream().collect(Collectors.toMap(Village::getId, Village::label));
	}

	/** A district by its official four-digit code, for matching imported data. */
	public Optional<AreaOption> districtByCode(String code) {
		return this.districts.findByCode(code).map(d -> new AreaOption(d.getId(), d.getCode(), d.label()));
	}

	/** The id of the subdistrict with this six-digit code, only if it lies in that district. */
	public Optional<Long> subdistrictIdIn(Long districtId, String code) {
		return this.subdistricts.findByCode(code)
			.filter(s -> s.getDistrict().getId().equals(districtId))
			.map(Subdistrict::getId);
	}

	/** The id of the registered village with this หมู่ number in the subdistrict. */
	public Optional<Long> villageIdIn(Long subdistrictId, int moo) {
		return this.villages.findBySubdistrictIdAndMoo(subdistrictId, moo).map(Village::getId);
	}

	/**
	 * Who can be sent on field work in a district (การติดตามเยี่ยม): its district officers and the
	 * province's fund officers and academics, as (user id, username, "name · role").
	 */
	public List<AreaOption> fieldStaffOf(Long districtId) {
		return this.users.findStaffOf(districtId, Role.DISTRICT_OFFICER, List.of(Role.PROVINCE_OFFICER, Role.PROVINCE_ACADEMIC))
			.stream()
			.map(u -> new AreaOption(u.getId(), u.getUsername(), u.getDisplayName() + " · " + u.getRole().label()))
			.toList();
	}

	public List<AreaOption> servedProvinces() {
		return this.provinces.findByServedTrueOrderByCode()
			.stream()
			.map(p -> new AreaOption(p.getId(), p.getCode(), p.label()))
			.toList();
	}

	public List<AreaOption> districtsOf(Long provinceId) {
		return this.districts.findByProvinceIdOrderByCode(provinceId)
			.stream()
			.map(d -> new AreaOption(d.getId(), d.getCode(), d.label()))
			.toList();
	}

	/** The districts of a scope, in code order. */
	public List<AreaOption> districtsIn(Scope scope) {
		Map<Long, AreaOption> all = allDistricts();
		return scope.districtIds()
			.stream()
			.map(all::get)
			.filter(java.util.Objects::nonNull)
			.sorted(java.util.Comparator.comparing(AreaOption::code))
			.toList();
	}

	private Map<Long, AreaOption> allDistricts() {
		Map<Long, AreaOption> all = this.allDistricts;
		if (all == null) {
			all = this.districts.findAll()
				.stream()
				.collect(Collectors.toUnmodifiableMap(District::getId,
						d -> new AreaOption(d.getId(), d.getCode(), d.label())));
			this.allDistricts = all;
		}
		return all;
	}

	/** How many subdistricts a scope covers, without loading them. */
	public long subdistrictCount(Scope scope) {
		return this.subdistricts.countInScope(scope.queryIds());
	}

	/** The subdistricts of one district of the scope (none if the district lies outside it). */
	public List<AreaOption> subdistrictsOf(Scope scope, Long districtId) {
		if (!scope.covers(districtId)) {
			return List.of();
		}
		return this.subdistricts.findByDistrictIdOrderByCode(districtId)
			.stream()
			.map(s -> new AreaOption(s.getId(), s.getCode(), s.label()))
			.toList();
	}

	/** Official codes of the subdistricts asked, by id. */
	public Map<Long, String> subdistrictCodes(Collection<Long> ids) {
		return this.subdistricts.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Subdistrict::getId, Subdistrict::getCode));
	}

	/** A subdistrict by its six-digit code, only if its district lies in the scope. */
	public Optional<AreaOption> subdistrictInScope(Scope scope, String code) {
		return this.subdistricts.findByCode(code)
			.filter(s -> scope.covers(s.getDistrict().getId()))
			.map(s -> new AreaOption(s.getId(), s.getCode(), s.label()));
	}

	/** The registered villages of one subdistrict of the scope, by หมู่ number (none outside the scope). */
	public List<AreaOption> villagesOf(Scope scope, Long subdistrictId) {
		if (subdistrictId == null) {
			return List.of();
		}
		return this.villages.findAllInScope(scope.queryIds(), subdistrictId)
			.stream()
			.map(v -> new AreaOption(v.getId(), String.valueOf(v.getMoo()), v.label()))
			.toList();
	}

	/** The subdistricts of a scope, in code order, labelled "ตำบลกะทู้ (อำเภอกะทู้)". */
	public List<AreaOption> subdistrictsIn(Scope scope) {
		return this.subdistricts.findAllInScope(scope.queryIds())
			.stream()
			.map(s -> new AreaOption(s.getId(), s.getCode(), s.label() + " (" + s.getDistrict().label() + ")"))
			.toList();
	}

}
