package th.go.cdd.fastdata.womenfund.map;

import java.util.ArrayList;
import java.util.List;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * What the map shows: the user's districts, narrowed by district, subdistrict, status group and
 * fiscal year (any of them may be empty). Codes and groups are checked here, so an unknown value
 * is refused with a Thai message, and a district or subdistrict outside the scope shows nothing.
 */
record MapFilter(Scope scope, String districtCode, String subdistrictCode, StatusGroup group, Integer fiscalYear) {

	/** A filter read from request parameters; bad values collected in {@code problems} (field, message). */
	static MapFilter read(Scope scope, String districtCode, String subdistrictCode, String group, String fiscalYear,
			OrganisationDirectory directory, List<String[]> problems) {
		String district = blankToNull(districtCode);
		String subdistrict = blankToNull(subdistrictCode);
		StatusGroup statusGroup = null;
		if (blankToNull(group) != null) {
			try {
				statusGroup = StatusGroup.valueOf(group.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new String[] { "group", "กลุ่มสถานะไม่ถูกต้อง (TIME_BARRED, CONTRACT_ENDED, OVERDUE, NORMAL, SETTLED)" });
			}
		}
		Integer year = null;
		if (blankToNull(fiscalYear) != null) {
			try {
				year = Integer.valueOf(fiscalYear.strip());
				if (year < 2400 || year > 2700) {
					problems.add(new String[] { "fiscalYear", "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568" });
					year = null;
				}
			}
			catch (NumberFormatException ex) {
				problems.add(new String[] { "fiscalYear", "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568" });
			}
		}
		if (district != null && !district.matches("\\d{4}")) {
			problems.add(new String[] { "districtCode", "รหัสอำเภอต้องเป็นตัวเลข 4 หลัก เช่น 8302" });
			district = null;
		}
		if (subdistrict != null && !subdistrict.matches("\\d{6}")) {
			problems.add(new String[] { "subdistrictCode", "รหัสตำบลต้องเป็นตัวเลข 6 หลัก เช่น 830201" });
			subdistrict = null;
		}
		return new MapFilter(scope, district, subdistrict, statusGroup, year);
	}

	/**
	 * The district ids to query: the scope, or the one district asked for if the scope covers it
	 * (otherwise none: another district's points are not found, like its records).
	 */
	List<Long> districtIds(OrganisationDirectory directory) {
		if (this.districtCode == null) {
			return new ArrayList<>(this.scope.queryIds());
		}
		return directory.districtByCode(this.districtCode)
			.map(AreaOption::id)
			.filter(this.scope::covers)
			.map(List::of)
			.orElse(List.of(-1L));
	}

	/** The subdistrict id asked for, -1 for one outside the scope, 0 for any. */
	long subdistrictId(OrganisationDirectory directory) {
		if (this.subdistrictCode == null) {
			return 0;
		}
		return directory.subdistrictInScope(this.scope, this.subdistrictCode).map(AreaOption::id).orElse(-1L);
	}

	/** In words, for the audit log of an export. */
	String describe() {
		List<String> parts = new ArrayList<>();
		if (this.districtCode != null) {
			parts.add("อำเภอ " + this.districtCode);
		}
		if (this.subdistrictCode != null) {
			parts.add("ตำบล " + this.subdistrictCode);
		}
		if (this.group != null) {
			parts.add(this.group.label());
		}
		if (this.fiscalYear != null) {
			parts.add("ปีงบประมาณ " + this.fiscalYear);
		}
		return parts.isEmpty() ? "ทุกโครงการในพื้นที่" : String.join(", ", parts);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
