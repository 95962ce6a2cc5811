package th.go.cdd.fastdata.womenfund.measure;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The discount tiers of a measure in force on a date (the version of the announcement then). */
@Repository
class DiscountTiers {

	static final String MEDIATION_DISCOUNT = "MEDIATION_DISCOUNT";

	private final JdbcTemplate jdbc;

	DiscountTiers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<DefaultInterestDiscount.Tier> inForce(String measure, DiscountStage stage, LocalDate on) {
		return this.jdbc.query("select within_days, max_percent, source from wf_discount_tier where measure = ?"
				+ " and stage = ? and effective_from <= ? and (effective_to is null or effective_to >= ?)"
				+ " order by within_days", (rs, n) -> new DefaultInterestDiscount.Tier(rs.getInt(1), rs.getBigDecimal(2),
						rs.getString(3)), measure, stage.name(), on, on);
	}

}
