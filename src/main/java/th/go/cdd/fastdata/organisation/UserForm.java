package th.go.cdd.fastdata.organisation;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator types to create or change a user. */
public class UserForm {

	@NotBlank(message = "กรุณากรอกชื่อผู้ใช้")
	@Pattern(regexp = "[a-z0-9._-]{3,50}", message = "ชื่อผู้ใช้ใช้ได้เฉพาะ a-z 0-9 . _ - ยาว 3-50 ตัว")
	private String username;

	@NotBlank(message = "กรุณากรอกชื่อ-สกุล")
	@Size(max = 200, message = "ชื่อ-สกุลยาวได้ไม่เกิน 200 ตัวอักษร")
	private String displayName;

	@Size(max = 200, message = "ตำแหน่งยาวได้ไม่เกิน 200 ตัวอักษร")
	private String positionTitle;

	@Email(message = "รูปแบบอีเมลไม่ถูกต้อง")
	@Size(max = 200, message = "อีเมลยาวได้ไม่เกิน 200 ตัวอักษร")
	private String email;

	@Pattern(regexp = "[0-9 +\\-]{0,30}", message = "เบอร์โทรศัพท์ใช้ได้เฉพาะตัวเลข")
	private String phone;

	@NotNull(message = "กรุณาเลือกบทบาท")
	private Role role;

	@NotNull(message = "กรุณาเลือกจังหวัด")
	private Long provinceId;

	private Set<Long> districtIds = new LinkedHashSet<>();

	/** Only when creating: the first password, which the user must change at first sign-in. */
	private String password;

	static UserForm of(UserAccount account) {
		UserForm form = new UserForm();
		form.username = account.getUsername();
		form.displayName = account.getDisplayName();
		form.positionTitle = account.getPositionTitle();
		form.email = account.getEmail();
		form.phone = account.getPhone();
		form.role = account.getRole();
		form.provinceId = account.getProvince().getId();
		account.getDistricts().forEach(d -> form.districtIds.add(d.getId()));
		return form;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName == null ? null : displayName.strip();
	}

	public String getPositionTitle() {
		return this.positionTitle;
	}

	public void setPositionTitle(String positionTitle) {
		this.positionTitle = blankToNull(positionTitle);
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = blankToNull(email);
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = blankToNull(phone);
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getProvinceId() {
		return this.provinceId;
	}

	public void setProvinceId(Long provinceId) {
		this.provinceId = provinceId;
	}

	public Set<Long> getDistrictIds() {
		return this.districtIds;
	}

	public void setDistrictIds(Set<Long> districtIds) {
		this.districtIds = districtIds == null ? new LinkedHashSet<>() : districtIds;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
