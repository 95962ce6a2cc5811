package th.go.cdd.fastdata.womenfund.lmimport;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;

/**
 * The area codes of one file turned into ids, each code asked of the directory once, and the
 * district checked against the importing user's scope: a district officer imports for her own
 * districts only.
 */
final class AreaCodes {

	static final String OUT_OF_SCOPE = "อำเภอนี้อยู่นอกพื้นที่ที่คุณรับผิดชอบ";

	private final OrganisationDirectory directory;

	private final Scope scope;

	private final Map<String, Optional<AreaOption>> districts = new HashMap<>();

	private final Map<String, Optional<Long>> subdistricts = new HashMap<>();

	private final Map<String, Optional<Long>> villages = new HashMap<>();

	AreaCodes(OrganisationDirectory directory, Scope scope) {
		this.directory = directory;
		this.scope = scope;
	}

	boolean inScope(Long districtId) {
		return this.scope.covers(districtId);
	}

	/** The district's id, or null with a problem when unknown or outside the user's scope. */
	Long district(RowCheck check, String key, String code) {
		if (code == null) {
			return null;
		}
		Optional<AreaOption> district = this.districts.computeIfAbsent(code, this.directory::districtByCode);
		if (district.isEmpty()) {
			check.problem(key, "ไม่พบรหัสอำเภอนี้");
			return null;
		}
		if (!this.scope.covers(district.get().id())) {
			check.problem(key, OUT_OF_SCOPE);
			return null;
		}
		return district.get().id();
	}

	/** The subdistrict's id, or null with a problem when it is not a subdistrict of that district. */
	Long subdistrict(RowCheck check, String key, Long districtId, String code) {
		if (code == null || districtId == null) {
			return null;
		}
		Optional<Long> id = this.subdistricts.computeIfAbsent(districtId + "/" + code,
				k -> this.directory.subdistrictIdIn(districtId, code));
		if (id.isEmpty()) {
			check.problem(key, "ไม่พบรหัสตำบลนี้ในอำเภอที่ระบุ");
			return null;
		}
		return id.get();
	}

	/**
	 * The village's id when it is registered; villages are entered by officers, so a หมู่ that is
	 * not (yet) registered is no problem, the project is simply not tied to one.
	 */
	Long village(Long subdistrictId, Integer moo) {
		if (subdistrictId == null || moo == null) {
			return null;
		}
		return this.villages
			.computeIfAbsent(subdistrictId + "/" + moo, k -> this.directory.villageIdIn(subdistrictId, moo))
			.orElse(null);
	}

}
