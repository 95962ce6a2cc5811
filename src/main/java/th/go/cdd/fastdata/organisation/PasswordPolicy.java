package th.go.cdd.fastdata.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: long enough to resist guessing (NIST SP 800-63B favours length
 * over symbol rules), with a letter and a digit, not the username, not a well-known password.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private static final Set<String> WELL_KNOWN = Set.of("password", "password1", "password123", "1234567890",
			"qwertyuiop", "qwerty1234", "abcd123456", "admin12345", "p@ssw0rd", "passw0rd12", "iloveyou12");

	private PasswordPolicy() {
	}

	/** The rules the password breaks, in Thai; empty when it is acceptable. */
	static List<String> problems(String password, String username) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add("รหัสผ่านต้องยาวอย่างน้อย " + MIN_LENGTH + " ตัวอักษร");
			return problems;
		}
		if (password.length() > MAX_LENGTH) {
			problems.add("รหัสผ่านยาวได้ไม่เกิน " + MAX_LENGTH + " ตัวอักษร");
		}
		if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			problems.add("รหัสผ่านต้องมีทั้งตัวอักษรและตัวเลข");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			problems.add("รหัสผ่านต้องไม่มีชื่อผู้ใช้อยู่ในนั้น");
		}
		if (WELL_KNOWN.contains(lower)) {
			problems.add("รหัสผ่านนี้เป็นที่รู้จักกันทั่วไป เดาได้ง่าย");
		}
		return problems;
	}

}
