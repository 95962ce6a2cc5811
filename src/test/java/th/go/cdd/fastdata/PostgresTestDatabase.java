package th.go.cdd.fastdata;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where PostgreSQL answers, and then on a fresh database
 * {@code fastdata_test} (UTF-8, C.UTF-8 collation) made once per test run. When
 * {@code CI=true} a missing PostgreSQL fails the run instead of skipping it.
 * {@code FASTDATA_TEST_PG_DATABASE} names another database, so that two checkouts can
 * run their tests at once on one server.
 */
public class PostgresTestDatabase implements ExecutionCondition {

	static final String SERVER = System.getenv().getOrDefault("FASTDATA_TEST_PG_SERVER",
			"jdbc:postgresql://127.0.0.1:5432/postgres");

	static final String USER = System.getenv().getOrDefault("FASTDATA_TEST_PG_USER", "postgres");

	static final String PASSWORD = System.getenv().getOrDefault("FASTDATA_TEST_PG_PASSWORD", "");

	static final String DATABASE = System.getenv().getOrDefault("FASTDATA_TEST_PG_DATABASE", "fastdata_test");

	private static volatile String prepared;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		synchronized (PostgresTestDatabase.class) {
			if (prepared == null) {
				prepared = prepare();
			}
		}
		if (prepared.isEmpty()) {
			return ConditionEvaluationResult.enabled("PostgreSQL answers at " + SERVER);
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but PostgreSQL tests cannot run: " + prepared);
		}
		System.out.println("Skipping PostgreSQL tests: " + prepared);
		return ConditionEvaluationResult.disabled("PostgreSQL not available: " + prepared);
	}

	/** Makes the database anew; answers an empty string, or why it could not. */
	private static String prepare() {
		try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			if (!DATABASE.matches("[a-z_][a-z0-9_]*")) {
				return "FASTDATA_TEST_PG_DATABASE must be a plain lower-case name: " + DATABASE;
			}
			statement.execute("drop database if exists " + DATABASE + " with (force)");
			statement.execute("create database " + DATABASE + " template template0 encoding 'UTF8'"
					+ " lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'");
			return "";
		}
		catch (SQLException ex) {
			return ex.getMessage();
		}
	}

}
