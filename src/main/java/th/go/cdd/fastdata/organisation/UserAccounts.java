package th.go.cdd.fastdata.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import th.go.cdd.fastdata.audit.AuditAction;
import th.go.cdd.fastdata.audit.AuditLog;

/** Creating and looking after user accounts; every change goes to the audit log. */
@Service
@Transactional
public class UserAccounts {

	static final String RECORD_TYPE = "UserAccount";

	private final UserAccountRepository users;

	private final ProvinceRepository provinces;

	private final DistrictRepository districts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	UserAccounts(UserAccountRepository users, ProvinceRepository provinces, DistrictRepository districts,
			PasswordEncoder passwordEncoder, AuditLog audit) {
		this.users = users;
		this.provinces = provinces;
		this.districts = districts;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<UserAccount> search(String text, Role role) {
		String words = (text == null) ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
		// the user's text is matched literally: % and _ are not wildcards here
		String literal = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return this.users.search("%" + literal + "%", role);
	}

	/** An account for an administrator's page: opening it is logged, as it holds personal data. */
	public UserAccount open(Long id) {
		UserAccount account = this.users.findWithAreaById(id).orElseThrow(NotFoundInScope::new);
		this.audit.viewed(RECORD_TYPE, id, "เปิดดูบัญชีผู้ใช้ " + account.getUsername());
		return account;
	}

	@Transactional(readOnly = true)
	public UserForm formOf(Long id) {
		return UserForm.of(this.users.findWithAreaById(id).orElseThrow(NotFoundInScope::new));
	}

	/** Checks what Bean Validation cannot: a free username, a valid password, a consistent area. */
	@Transactional(readOnly = true)
	public void check(UserForm form, Long existingId, Errors errors) {
		if (existingId == null) {
			if (form.getUsername() != null && this.users.existsByUsername(form.getUsername())) {
				errors.rejectValue("username", "taken", "ชื่อผู้ใช้นี้มีอยู่แล้ว");
			}
			PasswordPolicy.problems(form.getPassword(), form.getUsername())
				.forEach(problem -> errors.rejectValue("password", "weak", problem));
		}
		if (existingId != null && form.getRole() != Role.ADMIN && isLastAdministrator(existingId)) {
			errors.rejectValue("role", "lastAdmin", "ต้องมีผู้ดูแลระบบที่ใช้งานได้อย่างน้อย 1 คน จึงเปลี่ยนบทบาทของบัญชีนี้ไม่ได้");
		}
		if (form.getRole() == null || form.getProvinceId() == null) {
			return;
		}
		Optional<Province> province = this.provinces.findById(form.getProvinceId()).filter(Province::isServed);
		if (province.isEmpty()) {
			errors.rejectValue("provinceId", "notServed", "จังหวัดนี้ยังไม่เปิดให้บริการในระบบ");
			return;
		}
		if (form.getRole().provinceWide()) {
			return;
		}
		if (form.getDistrictIds().isEmpty()) {
			errors.rejectValue("districtIds", "required", "บทบาทระดับอำเภอต้องเลือกอำเภออย่างน้อย 1 อำเภอ");
		}
		else if (form.getRole() == Role.DISTRICT_COMMITTEE && form.getDistrictIds().size() > 1) {
			errors.rejectValue("districtIds", "one", "อนุกรรมการระดับอำเภอรับผิดชอบได้ 1 อำเภอเท่านั้น");
		}
		else if (!new HashSet<>(this.districts.findIdsByProvinceId(form.getProvinceId())).containsAll(form.getDistrictIds())) {
			errors.rejectValue("districtIds", "outside", "อำเภอที่เลือกต้องอยู่ในจังหวัดเดียวกับผู้ใช้");
		}
	}

	public UserAccount create(UserForm form) {
		UserAccount account = new UserAccount(form.getUsername(), form.getDisplayName(),
				this.passwordEncoder.encode(form.getPassword()), form.getRole(), province(form));
		account.describe(form.getDisplayName(), form.getPositionTitle(), form.getEmail(), form.getPhone());
		account.assign(form.getRole(), province(form), districts(form));
		// the administrator knows this password: the user replaces it at first sign-in
		account.changePassword(account.getPasswordHash(), true);
		this.users.save(account);
		this.audit.created(RECORD_TYPE, account.getId(), "สร้างบัญชีผู้ใช้ " + account.getUsername(),
				account.auditState());
		return account;
	}

	public UserAccount update(Long id, UserForm form) {
		UserAccount account = this.users.findWithAreaById(id).orElseThrow(NotFoundInScope::new);
		String before = account.auditState();
		account.describe(form.getDisplayName(), form.getPositionTitle(), form.getEmail(), form.getPhone());
		account.assign(form.getRole(), province(form), districts(form));
		this.audit.updated(RECORD_TYPE, id, "แก้ไขบัญชีผู้ใช้ " + account.getUsername(), before,
				account.auditState());
		return account;
	}

	/** An administrator sets a temporary password; the user must change it at next sign-in. */
	public List<String> resetPassword(Long id, String newPassword) {
		UserAccount account = this.users.findWithAreaById(id).orElseThrow(NotFoundInScope::new);
		List<String> problems = PasswordPolicy.problems(newPassword, account.getUsername());
		if (problems.isEmpty()) {
			account.changePassword(this.passwordEncoder.encode(newPassword), true);
			this.audit.record(AuditAction.PASSWORD_RESET, RECORD_TYPE, id,
					"ตั้งรหัสผ่านชั่วคราวให้ " + account.getUsername(), null, null);
		}
		return problems;
	}

	/** A user changes her own password, proving she knows the current one. */
	public List<String> changeOwnPassword(String username, String currentPassword, String newPassword) {
		UserAccount account = this.users.findByUsername(username).orElseThrow(NotFoundInScope::new);
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			return List.of("รหัสผ่านปัจจุบันไม่ถูกต้อง");
		}
		List<String> problems = PasswordPolicy.problems(newPassword, username);
		if (problems.isEmpty() && this.passwordEncoder.matches(newPassword, account.getPasswordHash())) {
			problems = List.of("รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม");
		}
		if (problems.isEmpty()) {
			account.changePassword(this.passwordEncoder.encode(newPassword), false);
			this.audit.record(AuditAction.PASSWORD_CHANGE, RECORD_TYPE, account.getId(), "เปลี่ยนรหัสผ่านของตนเอง",
					null, null);
		}
		return problems;
	}

	/** Locks an account; answers why not when it would leave nobody to administer the system. */
	public Optional<String> lock(Long id, String byUsername) {
		UserAccount account = this.users.findWithAreaById(id).orElseThrow(NotFoundInScope::new);
		if (account.getUsername().equals(byUsername)) {
			return Optional.of("ระงับบัญชีของตนเองไม่ได้");
		}
		if (isLastAdministrator(id)) {
			return Optional.of("ต้องมีผู้ดูแลระบบที่ใช้งานได้อย่างน้อย 1 คน จึงระงับบัญชีนี้ไม่ได้");
		}
		account.lock();
		this.audit.record(AuditAction.LOCK, RECORD_TYPE, id, "ระงับบัญชี " + account.getUsername(), null, null);
		return Optional.empty();
	}

	public void unlock(Long id) {
		UserAccount account = this.users.findWithAreaById(id).orElseThrow(NotFoundInScope::new);
		account.unlock();
		this.audit.record(AuditAction.UNLOCK, RECORD_TYPE, id, "ปลดระงับบัญชี " + account.getUsername(), null, null);
	}

	/** Called after each successful sign-in. */
	public void signedIn(String username) {
		this.users.findByUsername(username).ifPresent(UserAccount::signedIn);
	}

	@Transactional(readOnly = true)
	public boolean anyAdministrator() {
		return this.users.existsByRole(Role.ADMIN);
	}

	private boolean isLastAdministrator(Long id) {
		UserAccount account = this.users.findById(id).orElseThrow(NotFoundInScope::new);
		return account.getRole() == Role.ADMIN && account.isEnabled() && !account.isLocked()
				&& this.users.countByRoleAndEnabledTrueAndLockedFalse(Role.ADMIN) <= 1;
	}

	private Province province(UserForm form) {
		return this.provinces.findById(form.getProvinceId()).orElseThrow(NotFoundInScope::new);
	}

	private Set<District> districts(UserForm form) {
		return new HashSet<>(this.districts.findAllById(form.getDistrictIds()));
	}

}
