package th.go.cdd.fastdata;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production start never loads demo data, even when told to, and creates the first
 * administrator from FASTDATA_ADMIN_USERNAME / FASTDATA_ADMIN_PASSWORD.
 */
@SpringBootTest(properties = { "fastdata.demo-data.enabled=true", "FASTDATA_ADMIN_USERNAME=chief",
		"FASTDATA_ADMIN_PASSWORD=FirstStart2569" })
@ActiveProfiles({ "production", "test" })
class ProductionStartIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noDemoDataAndTheFirstAdministratorMustChangeHerPassword() {
		assertThat(this.jdbc.queryForList("select username from user_account", String.class)).containsExactly("chief");
		assertThat(this.jdbc.queryForObject("select must_change_password from user_account where username = 'chief'",
				Boolean.class)).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from village", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from province where served", Long.class)).isEqualTo(1);
	}

}
