package th.go.cdd.fastdata.organisation;

/**
 * What a user does in the office (บทบาท), and therefore what she may see and do.
 * A province-wide role covers every district of the user's province; a district role covers
 * the districts assigned to her.
 */
public enum Role {

	/** ผู้ดูแลระบบ: users, areas, audit log. */
	ADMIN("ผู้ดูแลระบบ", true),
	/** เจ้าหน้าที่กองทุนพัฒนาบทบาทสตรีจังหวัด: the provincial fund secretariat, full access in the province. */
	PROVINCE_OFFICER("เจ้าหน้าที่กองทุนฯ จังหวัด", true),
	/** นักวิชาการพัฒนาชุมชนจังหวัด: reads the whole province, buddy of district officers. */
	PROVINCE_ACADEMIC("นักวิชาการพัฒนาชุมชนจังหวัด", true),
	/** พัฒนากร / เจ้าหน้าที่อำเภอ: works in one or more districts. */
	DISTRICT_OFFICER("พัฒนากร/เจ้าหน้าที่อำเภอ", false),
	/** คณะอนุกรรมการกลั่นกรองและติดตามฯ ระดับอำเภอ: endorses applications of one district. */
	DISTRICT_COMMITTEE("อนุกรรมการกลั่นกรองฯ ระดับอำเภอ", false),
	/** คณะอนุกรรมการบริหารกองทุนฯ ระดับจังหวัด: approves for the province. */
	PROVINCE_COMMITTEE("อนุกรรมการบริหารกองทุนฯ ระดับจังหวัด", true),
	/** ผู้บริหาร: read-only dashboards and reports of the province. */
	DIRECTOR("ผู้บริหาร", true);

	private final String label;

	private final boolean provinceWide;

	Role(String label, boolean provinceWide) {
		this.label = label;
		this.provinceWide = provinceWide;
	}

	/** The Thai name shown on screen. */
	public String label() {
		return this.label;
	}

	/** Whether the role covers the whole province rather than assigned districts. */
	public boolean provinceWide() {
		return this.provinceWide;
	}

	/** The Spring Security authority, {@code ROLE_<name>}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
