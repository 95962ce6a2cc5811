package th.go.cdd.fastdata.womenfund.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Single figures of a measure in force on a date, with the announcement they come from. */
@Repository
class MeasureParameters {

	record Figure(BigDecimal value, String source) {
	}

	private final JdbcTemplate jdbc;

	MeasureParameters(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Figure> on(String measure, String name, LocalDate date) {
		return this.jdbc
			.query("select numeric_value, source from wf_measure_parameter where measure = ? and name = ?"
					+ " and effective_from <= ? and (effective_to is null or effective_to >= ?)"
					+ " order by effective_from desc", (rs, n) -> new Figure(rs.getBigDecimal(1), rs.getString(2)),
					measure, name, date, date)
			.stream()
			.findFirst();
	}

}
