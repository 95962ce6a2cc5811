package th.go.cdd.fastdata.organisation;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * A new production installation has no users. If {@code FASTDATA_ADMIN_USERNAME} and
 * {@code FASTDATA_ADMIN_PASSWORD} are set, the first administrator is created from them (she
 * must change the password at first sign-in); otherwise the log says how to do it.
 */
@Component
class AdministratorBootstrap implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	private final UserAccounts accounts;

	private final ServedProvinces provinces;

	private final String username;

	private final String password;

	AdministratorBootstrap(UserAccounts accounts, ServedProvinces provinces,
			@Value("${FASTDATA_ADMIN_USERNAME:}") String username, @Value("${FASTDATA_ADMIN_PASSWORD:}") String password) {
		this.accounts = accounts;
		this.provinces = provinces;
		this.username = username;
		this.password = password;
	}

	@Override
	public int getOrder() {
		return 20;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyAdministrator()) {
			return;
		}
		if (this.username.isBlank() || this.password.isBlank()) {
			log.warn("""

					*** Fast Data has no administrator yet. ***
					Restart once with FASTDATA_ADMIN_USERNAME and FASTDATA_ADMIN_PASSWORD set, e.g.
					  FASTDATA_ADMIN_USERNAME=admin FASTDATA_ADMIN_PASSWORD='<at least 10 characters, letters and digits>' java -jar fastdata.jar
					The administrator is created on that start and must choose a new password at first sign-in;
					then remove both variables.
					""");
			return;
		}
		List<String> problems = PasswordPolicy.problems(this.password, this.username);
		if (!problems.isEmpty()) {
			log.error("FASTDATA_ADMIN_PASSWORD is not acceptable: {}", problems);
			return;
		}
		UserForm form = new UserForm();
		form.setUsername(this.username);
		form.setDisplayName("ผู้ดูแลระบบ");
		form.setRole(Role.ADMIN);
		form.setProvinceId(this.provinces.home().getId());
		form.setPassword(this.password);
		this.accounts.create(form);
		log.info("Created the administrator '{}' from FASTDATA_ADMIN_USERNAME", this.username);
	}

}
