package th.go.cdd.fastdata.womenfund;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Hearings of a day per district: pre-suit mediation still open, and court hearings of suits not closed. */
@Service
public class CourtDays {

	private final JdbcTemplate jdbc;

	CourtDays(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** District id → how many hearings on the day. */
	public Map<Long, Long> hearingsOn(LocalDate day) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		this.jdbc.query("""
				select district_id, count(*) from (
				  select district_id from wf_mediation_case where hearing_on = ? and outcome = 'OPEN'
				  union all
				  select c.district_id from wf_litigation_hearing h join wf_litigation_case c on c.id = h.case_id
				  where h.hearing_on = ? and c.stage <> 'CLOSED'
				) hearings group by district_id order by district_id
				""", rs -> {
			counts.put(rs.getLong(1), rs.getLong(2));
		}, day, day);
		return counts;
	}

}
