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

}
