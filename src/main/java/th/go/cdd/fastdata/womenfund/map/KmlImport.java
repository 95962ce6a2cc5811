package th.go.cdd.fastdata.womenfund.map;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Scope;

/**
 * Pins of an old Google My Maps map brought in: each placemark is matched to a project by a project
 * code written in its name, description or data fields. The preview sorts every pin into matched,
 * no code found, a project outside the user's districts, a point outside Thailand (or not a point),
 * and a second pin of a project already matched; applying stores every matched pin or none.
 */
@Service
public class KmlImport {

	/** Anything that may be a project code: letters, digits and the separators LM codes use. */
	static final Pattern CODE = Pattern.compile("[A-Za-z0-9ก-๙][A-Za-z0-9ก-๙\\-/._]{2,28}[A-Za-z0-9ก-๙]");

	static final int CHUNK = 500;

	private final NamedParameterJdbcTemplate jdbc;

	private final ProjectLocations locations;

	private final AuditLog audit;

	KmlImport(NamedParameterJdbcTemplate jdbc, ProjectLocations locations, AuditLog audit) {
		this.jdbc = jdbc;
		this.locations = locations;
		this.audit = audit;
	}

	public enum Outcome {

		MATCHED("ตรงกับโครงการ"), UNMATCHED("ไม่พบรหัสโครงการ"), OUT_OF_SCOPE("โครงการอยู่นอกพื้นที่ของท่าน"),
		OUTSIDE_THAILAND("พิกัดอยู่นอกประเทศไทย"), NOT_A_POINT("ไม่ใช่หมุดจุด (เส้นหรือพื้นที่)"),
		DUPLICATE("โครงการนี้มีหมุดก่อนหน้าแล้ว");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public record Row(int number, String pinName, Double latitude, Double longitude, Outcome outcome, Long projectId,
			String projectCode, String projectName, String note) implements Serializable {
	}

	public record Preview(String token, String fileName, List<Row> rows) implements Serializable {

		public long count(Outcome outcome) {
			return this.rows.stream().filter(r -> r.outcome() == outcome).count();
		}

		public long matchedCount() {
			return count(Outcome.MATCHED);
		}

		public List<Row> matched() {
			return this.rows.stream().filter(r -> r.outcome() == Outcome.MATCHED).toList();
		}

	}

	private record Known(long id, String code, String name, long districtId) {
	}

	@Transactional(readOnly = true)
	Preview preview(Scope scope, String fileName, List<KmlPins.Pin> pins) {
		Map<KmlPins.Pin, List<String>> candidates = new HashMap<>();
		Set<String> tokens = new LinkedHashSet<>();
		for (KmlPins.Pin pin : pins) {
			List<String> found = new ArrayList<>();
			Matcher m = CODE.matcher(pin.name() + " " + pin.text());
			while (m.find()) {
				found.add(m.group().toUpperCase(Locale.ROOT));
			}
			candidates.put(pin, found);
			tokens.addAll(found);
		}
		Map<String, Known> known = known(tokens);
		Set<Long> taken = new HashSet<>();
		List<Row> rows = new ArrayList<>(pins.size());
		for (KmlPins.Pin pin : pins) {
			Known project = candidates.get(pin).stream().map(known::get).filter(java.util.Objects::nonNull).findFirst()
				.orElse(null);
			Outcome outcome;
			if (pin.latitude() == null) {
				outcome = Outcome.NOT_A_POINT;
			}
			else if (!Coordinates.inThailand(pin.latitude(), pin.longitude())) {
				outcome = Outcome.OUTSIDE_THAILAND;
			}
			else if (project == null) {
				outcome = Outcome.UNMATCHED;
			}
			else if (!scope.covers(project.districtId())) {
				outcome = Outcome.OUT_OF_SCOPE;
			}
			else if (!taken.add(project.id())) {
				outcome = Outcome.DUPLICATE;
			}
			else {
				outcome = Outcome.MATCHED;
			}
			boolean show = project != null && scope.covers(project.districtId());
			rows.add(new Row(pin.number(), pin.name(), pin.latitude(), pin.longitude(), outcome,
					show ? project.id() : null, project == null ? null : project.code(), show ? project.name() : null,
					note(pin)));
		}
		return new Preview(java.util.UUID.randomUUID().toString(), fileName, List.copyOf(rows));
	}

	/**
	 * Stores every matched pin as its project's location, in one transaction: if any project has left
	 * the user's districts since the preview, nothing is stored.
	 */
	@Transactional
	int apply(Scope scope, Preview preview, String username) {
		Instant now = Instant.now();
		List<Row> matched = preview.matched();
		for (Row row : matched) {
			Long locked = this.jdbc.query("select id from wf_project where id = :id and district_id in (:districtIds) for update",
					Map.of("id", row.projectId(), "districtIds", scope.queryIds()), (rs, i) -> rs.getLong(1))
				.stream()
				.findFirst()
				.orElseThrow(NotFoundInScope::new);
			this.locations.store(locked, Coordinates.of(row.latitude(), row.longitude()), null, LocationMethod.KML_IMPORT,
					row.note(), username, now);
		}
		this.audit.created(ProjectLocations.RECORD_TYPE, null, "นำเข้าหมุดจาก " + preview.fileName() + ": "
				+ matched.size() + " โครงการ จาก " + preview.rows().size() + " หมุด", null);
		return matched.size();
	}

	private Map<String, Known> known(Set<String> tokens) {
		Map<String, Known> known = new HashMap<>();
		List<String> all = new ArrayList<>(tokens);
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			this.jdbc.query("select id, code, name, district_id from wf_project where code in (:codes)",
					Map.of("codes", chunk), rs -> {
						Known k = new Known(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4));
						known.put(k.code().toUpperCase(Locale.ROOT), k);
					});
		}
		return known;
	}

	/** What the old pin said, kept as the note on how to find the house. */
	private static String note(KmlPins.Pin pin) {
		String text = ("หมุดเดิม: " + pin.name() + (pin.text().isEmpty() ? "" : " — " + pin.text())).strip();
		return text.length() > ProjectLocations.NOTE_LENGTH ? text.substring(0, ProjectLocations.NOTE_LENGTH) : text;
	}

}
