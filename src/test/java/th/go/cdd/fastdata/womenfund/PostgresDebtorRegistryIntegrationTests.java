package th.go.cdd.fastdata.womenfund;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

import th.go.cdd.fastdata.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The debtor registry journeys on PostgreSQL (required when CI=true). */
@ExtendWith(PostgresTestDatabase.class)
@ActiveProfiles({ "test", "pgtest" })
class PostgresDebtorRegistryIntegrationTests extends DebtorRegistryJourneys {

	@Test
	void thaiNamesMakeTrigramsSoTheSearchIndexesWork() {
		// under LC_CTYPE=C Thai letters make no trigrams and the GIN indexes would never be used
		String trigrams = jdbc.queryForObject("select cast(show_trgm('สมชาย') as text)", String.class);
		assertThat(trigrams).isNotEqualTo("{}").startsWith("{");
		assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname in ('ix_wf_person_last_name_trgm', 'ix_wf_person_full_name_trgm')",
				Long.class)).isEqualTo(2);
	}

}
