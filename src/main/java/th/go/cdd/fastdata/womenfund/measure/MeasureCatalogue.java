package th.go.cdd.fastdata.womenfund.measure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import th.go.cdd.fastdata.audit.AuditLog;

/**
 * The catalogue of relief measures (บัญชีมาตรการ) and their versions. Provincial staff add a version
 * when an announcement comes; the one it follows then ends the day before.
 */
@Service
public class MeasureCatalogue {

	/** A measure with the version in force on the day asked and every version, newest first. */
	public record Entry(Measure measure, String name, String handbookSection, Optional<MeasureVersion> inForce,
			List<MeasureVersion> versions) {
	}

	private final JdbcTemplate jdbc;

	private final MeasureVersionRepository versions;

	private final AuditLog audit;

	MeasureCatalogue(JdbcTemplate jdbc, MeasureVersionRepository versions, AuditLog audit) {
		this.jdbc = jdbc;
		this.versions = versions;
		this.audit = audit;
	}

	/** The Thai names of the measures, in the handbook's order. */
	public Map<Measure, String> names() {
		Map<Measure, String> names = new LinkedHashMap<>();
		this.jdbc.query("select code, name_th from wf_measure order by position", (rs, n) -> new String[] {
				rs.getString(1), rs.getString(2) })
			.forEach(row -> Measure.of(row[0]).ifPresent(measure -> names.put(measure, row[1])));
		return names;
	}

	@Transactional(readOnly = true)
	public List<Entry> entries(LocalDate on) {
		List<MeasureVersion> all = this.versions.findAllByOrderByMeasureAscEffectiveFromDesc();
		return this.jdbc.query("select code, name_th, handbook_section from wf_measure order by position", (rs, n) -> {
			Measure measure = Measure.valueOf(rs.getString(1));
			List<MeasureVersion> mine = all.stream().filter(v -> v.getMeasure() == measure).toList();
			return new Entry(measure, rs.getString(2), rs.getString(3),
					mine.stream().filter(v -> v.inForceOn(on)).findFirst(), mine);
		});
	}

	public Entry entry(Measure measure, LocalDate on) {
		return entries(on).stream().filter(e -> e.measure() == measure).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<MeasureVersion> inForce(Measure measure, LocalDate on) {
		return this.versions.findByMeasureOrderByEffectiveFromDesc(measure)
			.stream()
			.filter(v -> v.inForceOn(on))
			.findFirst();
	}

	public Optional<MeasureVersion> version(Long id) {
		return this.versions.findById(id);
	}

	/**
	 * Stores a new version typed from an announcement, or adds Thai errors and stores nothing. It must
	 * start after every version already entered, and the open one before it ends the day before.
	 */
	@Transactional
	public Optional<MeasureVersion> addVersion(Measure measure, MeasureVersionForm form, Errors errors, LocalDate today,
			String username) {
		form.read(errors, today);
		List<MeasureVersion> existing = this.versions.findByMeasureOrderByEffectiveFromDesc(measure);
		if (form.effectiveFrom != null && !existing.isEmpty()
				&& !form.effectiveFrom.isAfter(existing.get(0).getEffectiveFrom())) {
			errors.rejectValue("effectiveFromText", "order",
					"ฉบับใหม่ต้องมีผลหลังฉบับล่าสุด (มีผล " + th.go.cdd.fastdata.thai.ThaiDates.shortDate(existing.get(0).getEffectiveFrom())
							+ ")");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		if (!existing.isEmpty()) {
			MeasureVersion previous = existing.get(0);
			LocalDate dayBefore = form.effectiveFrom.minusDays(1);
			if (previous.getEffectiveTo() == null || previous.getEffectiveTo().isAfter(dayBefore)) {
				this.jdbc.update("update wf_measure_version set effective_to = ? where id = ?", dayBefore, previous.getId());
			}
		}
		MeasureVersion version = this.versions.save(new MeasureVersion(measure, form, username));
		this.audit.created("MeasureVersion", version.getId(), "บันทึกฉบับใหม่ของมาตรการ " + measure.name(),
				form.getAnnouncement() + " มีผล " + form.effectiveFrom);
		return Optional.of(version);
	}

}
