package th.go.cdd.fastdata.womenfund.lmimport;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

import th.go.cdd.fastdata.PostgresTestDatabase;

/**
 * The LM import on PostgreSQL (required when CI=true): the payment check and the marking of
 * touched projects as stale use array parameters, which each database reads in its own way.
 */
@ExtendWith(PostgresTestDatabase.class)
@ActiveProfiles({ "test", "pgtest" })
class PostgresLmImportIntegrationTests extends LmImportIntegrationTests {

}
