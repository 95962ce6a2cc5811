package th.go.cdd.fastdata.womenfund.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person's role on a project. */
@Entity
@Table(name = "wf_project_member")
public class ProjectMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Project project;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	@Enumerated(EnumType.STRING)
	@Column(name = "member_role")
	private MemberRole role;

	/** The day an approved guarantor release or individual discharge took her off the debt. */
	private java.time.LocalDate releasedOn;

	/** The application (คำขอเข้าร่วมมาตรการ) whose approval released her. */
	@Column(name = "released_by_application")
	private Long releasedByApplication;

	protected ProjectMember() {
	}

	ProjectMember(Project project, Person person, MemberRole role) {
		this.project = project;
		this.person = person;
		this.role = role;
	}

	public Long getId() {
		return this.id;
	}

	public Project getProject() {
		return this.project;
	}

	public Person getPerson() {
		return this.person;
	}

	public MemberRole getRole() {
		return this.role;
	}

	public java.time.LocalDate getReleasedOn() {
		return this.releasedOn;
	}

	public Long getReleasedByApplication() {
		return this.releasedByApplication;
	}

	public boolean isReleased() {
		return this.releasedOn != null;
	}

	/** Records that an approved measure released her from this contract (ยกเลิกค้ำประกัน / ปลดหนี้). */
	public void release(java.time.LocalDate on, Long applicationId) {
		if (this.releasedOn != null) {
			throw new IllegalStateException("already released");
		}
		this.releasedOn = on;
		this.releasedByApplication = applicationId;
	}

}
