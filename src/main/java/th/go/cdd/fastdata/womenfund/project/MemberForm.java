package th.go.cdd.fastdata.womenfund.project;

/** One person on a project as the officer types her: a row of the new-project form, or the add-person form. */
public class MemberForm {

	private String nationalId;

	private String title;

	private String firstName;

	private String lastName;

	private MemberRole role;

	private String phone;

	public MemberForm() {
	}

	MemberForm(MemberRole role) {
		this.role = role;
	}

	/** Whether the officer left the row empty: the new-project form offers more rows than most projects need. */
	boolean isBlank() {
		return blank(this.nationalId) && blank(this.firstName) && blank(this.lastName) && blank(this.phone)
				&& blank(this.title);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getNationalId() {
		return this.nationalId;
	}

	public void setNationalId(String nationalId) {
		this.nationalId = nationalId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public MemberRole getRole() {
		return this.role;
	}

	public void setRole(MemberRole role) {
		this.role = role;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

}
