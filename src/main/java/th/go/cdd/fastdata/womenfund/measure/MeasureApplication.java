package th.go.cdd.fastdata.womenfund.measure;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import th.go.cdd.fastdata.womenfund.project.MemberRole;

/**
 * An application of one person of a project to join one measure (คำขอเข้าร่วมมาตรการ), under the version
 * in force when it was drafted. It moves only through {@link #move}, which {@link MeasureApplications}
 * calls after checking who asks.
 */
@Entity
@Table(name = "wf_measure_application")
public class MeasureApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long projectId;

	private Long personId;

	private Long districtId;

	@Enumerated(EnumType.STRING)
	private MemberRole memberRole;

	@Enumerated(EnumType.STRING)
	private Measure measure;

	private Long versionId;

	@Enumerated(EnumType.STRING)
	private ApplicationState state;

	private String note;

	private LocalDate firstDueOn;

	private Integer years;

	private Integer installmentsPerYear;

	private String draftedBy;

	private Instant draftedAt;

	private Instant stateSince;

	private LocalDate decidedOn;

	@Version
	private long version;

	protected MeasureApplication() {
	}

	MeasureApplication(Long projectId, Long personId, Long districtId, MemberRole memberRole, MeasureVersion version,
			String note, String draftedBy) {
		this.projectId = projectId;
		this.personId = personId;
		this.districtId = districtId;
		this.memberRole = memberRole;
		this.measure = version.getMeasure();
		this.versionId = version.getId();
		this.state = ApplicationState.DRAFT;
		this.note = note;
		this.draftedBy = draftedBy;
		this.draftedAt = Instant.now();
		this.stateSince = this.draftedAt;
	}

	void askForSchedule(LocalDate firstDueOn, int years, int installmentsPerYear) {
		this.firstDueOn = firstDueOn;
		this.years = years;
		this.installmentsPerYear = installmentsPerYear;
	}

	/** Moves to the action's state; the caller has checked the state and the person. */
	void move(ApplicationAction action, LocalDate decidedOn) {
		this.state = action.to();
		this.stateSince = Instant.now();
		if (this.state.decided()) {
			this.decidedOn = decidedOn;
		}
	}

	void rewriteNote(String note) {
		this.note = note;
	}

	public Long getId() {
		return this.id;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public Long getDistrictId() {
		return this.districtId;
	}

	public MemberRole getMemberRole() {
		return this.memberRole;
	}

	public Measure getMeasure() {
		return this.measure;
	}

	public Long getVersionId() {
		return this.versionId;
	}

	public ApplicationState getState() {
		return this.state;
	}

	public String getNote() {
		return this.note;
	}

	public LocalDate getFirstDueOn() {
		return this.firstDueOn;
	}

	public Integer getYears() {
		return this.years;
	}

	public Integer getInstallmentsPerYear() {
		return this.installmentsPerYear;
	}

	public String getDraftedBy() {
		return this.draftedBy;
	}

	public Instant getDraftedAt() {
		return this.draftedAt;
	}

	public Instant getStateSince() {
		return this.stateSince;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	/** Whole days in the present state, for the "how long" column of the lists. */
	public long daysInState() {
		return Duration.between(this.stateSince, Instant.now()).toDays();
	}

}
