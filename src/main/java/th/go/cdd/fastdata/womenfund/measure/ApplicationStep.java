package th.go.cdd.fastdata.womenfund.measure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.go.cdd.fastdata.organisation.Role;

/** One step of an application: who moved it where, with the committee's resolution (มติ) and meeting. */
@Entity
@Table(name = "wf_measure_application_step")
public class ApplicationStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	/** DRAFT for the first step, otherwise an {@link ApplicationAction}. */
	private String action;

	@Enumerated(EnumType.STRING)
	private ApplicationState fromState;

	@Enumerated(EnumType.STRING)
	private ApplicationState toState;

	private String actor;

	@Enumerated(EnumType.STRING)
	private Role actorRole;

	private Instant at;

	private String note;

	private String resolution;

	private String meetingNo;

	private LocalDate meetingOn;

	protected ApplicationStep() {
	}

	ApplicationStep(Long applicationId, String action, ApplicationState fromState, ApplicationState toState,
			String actor, Role actorRole, Decision decision) {
		this.applicationId = applicationId;
		this.action = action;
		this.fromState = fromState;
		this.toState = toState;
		this.actor = actor;
		this.actorRole = actorRole;
		this.at = Instant.now();
		this.note = decision.note();
		this.resolution = decision.resolution();
		this.meetingNo = decision.meetingNo();
		this.meetingOn = decision.meetingOn();
	}

	public Long getId() {
		return this.id;
	}

	public String getAction() {
		return this.action;
	}

	/** The Thai name of the step. */
	public String actionLabel() {
		return ApplicationAction.of(this.action).map(ApplicationAction::label).orElse("จัดทำร่าง");
	}

	public ApplicationState getFromState() {
		return this.fromState;
	}

	public ApplicationState getToState() {
		return this.toState;
	}

	public String getActor() {
		return this.actor;
	}

	public Role getActorRole() {
		return this.actorRole;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getNote() {
		return this.note;
	}

	public String getResolution() {
		return this.resolution;
	}

	public String getMeetingNo() {
		return this.meetingNo;
	}

	public LocalDate getMeetingOn() {
		return this.meetingOn;
	}

}
