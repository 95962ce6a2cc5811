package th.go.cdd.fastdata.womenfund.visit;

import java.util.List;

import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.organisation.CurrentUsers;

/**
 * The visits section of a project's page (การติดตามเยี่ยม), read by the fragment
 * {@code womenfund/visit/projectVisits} as {@code ${@projectVisits.of(id)}}: the project page needs
 * one include line and no change to its controller.
 */
@Component("projectVisits")
public class ProjectVisits {

	private final CurrentUsers currentUsers;

	private final VisitRecords records;

	ProjectVisits(CurrentUsers currentUsers, VisitRecords records) {
		this.currentUsers = currentUsers;
		this.records = records;
	}

	/** The project's visits, newest first, within the user's districts (the opening is logged). */
	public List<VisitRecords.Visit> of(Long projectId) {
		return this.records.ofProject(this.currentUsers.scope(), projectId);
	}

}
