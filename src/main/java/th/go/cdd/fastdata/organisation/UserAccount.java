package th.go.cdd.fastdata.organisation;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * A person who signs in (ผู้ใช้งาน): her role, her province and, for district roles, her
 * districts. The password is kept only as a hash.
 */
@Entity
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String positionTitle;

	private String email;

	private String phone;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Province province;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "user_district", joinColumns = @JoinColumn(name = "user_id"),
			inverseJoinColumns = @JoinColumn(name = "district_id"))
	private Set<District> districts = new LinkedHashSet<>();

	private boolean enabled = true;

	private boolean locked;

	private boolean mustChangePassword;

	private Instant passwordChangedAt;

	private Instant lastLoginAt;

	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String passwordHash, Role role, Province province) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.province = province;
		this.createdAt = Instant.now();
		this.passwordChangedAt = this.createdAt;
	}

	void describe(String displayName, String positionTitle, String email, String phone) {
		this.displayName = displayName;
		this.positionTitle = positionTitle;
		this.email = email;
		this.phone = phone;
	}

	/** Sets role and area; a province-wide role keeps no districts. */
	void assign(Role role, Province province, Set<District> districts) {
		this.role = role;
		this.province = province;
		this.districts.clear();
		if (!role.provinceWide()) {
			this.districts.addAll(districts);
		}
	}

	void changePassword(String passwordHash, boolean mustChangeAtNextLogin) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangeAtNextLogin;
		this.passwordChangedAt = Instant.now();
	}

	void lock() {
		this.locked = true;
	}

	void unlock() {
		this.locked = false;
	}

	void signedIn() {
		this.lastLoginAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPositionTitle() {
		return this.positionTitle;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public Province getProvince() {
		return this.province;
	}

	public Set<District> getDistricts() {
		return this.districts;
	}

	public List<District> getSortedDistricts() {
		return this.districts.stream().sorted(Comparator.comparing(District::getCode)).toList();
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isLocked() {
		return this.locked;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** "อำเภอกะทู้ จังหวัดภูเก็ต", or the province alone for a province-wide role. */
	public String areaLabel() {
		if (this.role.provinceWide() || this.districts.isEmpty()) {
			return this.province.label();
		}
		return getSortedDistricts().stream().map(District::label).collect(Collectors.joining(", ")) + " "
				+ this.province.label();
	}

	/** What the audit log keeps of this account: never the password hash. */
	String auditState() {
		return "username=" + this.username + "; name=" + this.displayName + "; role=" + this.role + "; province="
				+ this.province.getCode() + "; districts="
				+ getSortedDistricts().stream().map(District::getCode).collect(Collectors.joining(",")) + "; enabled="
				+ this.enabled + "; locked=" + this.locked;
	}

}
