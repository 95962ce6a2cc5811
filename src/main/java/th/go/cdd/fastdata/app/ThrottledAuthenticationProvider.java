package th.go.cdd.fastdata.app;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * Checks the throttle before the password, so a locked account or address is refused
 * without even comparing hashes; then delegates to the usual DAO check.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		this.throttle.lockedUntil(authentication.getName(), address).ifPresent(until -> {
			String time = LocalTime.ofInstant(until, ThaiDates.BANGKOK).format(TIME);
			throw new LockedException("ใส่รหัสผ่านผิดหลายครั้ง ระบบระงับการเข้าสู่ระบบชั่วคราว ลองใหม่ได้หลังเวลา "
					+ time + " น. หรือติดต่อผู้ดูแลระบบ");
		});
		return this.passwords.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
