package th.go.cdd.fastdata.womenfund.measure;

import java.util.Set;

import th.go.cdd.fastdata.organisation.Role;

/**
 * What a person may do to an application, from which states, and who may do it on each approval path.
 * The rules live here, in one table, so the pages, the API and the tests agree.
 */
public enum ApplicationAction {

	/** ยื่นคำขอ. */
	SUBMIT("ยื่นคำขอ"),
	/** เห็นชอบ (อนุกรรมการกลั่นกรองฯ อำเภอ). */
	ENDORSE("เห็นชอบ"),
	/** ส่งกลับแก้ไข, always with a reason. */
	RETURN("ส่งกลับแก้ไข"),
	/** อนุมัติ. */
	APPROVE("อนุมัติ"),
	/** ไม่อนุมัติ. */
	REJECT("ไม่อนุมัติ");

	private final String label;

	ApplicationAction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The states this action may start from on the path. */
	Set<ApplicationState> from(ApprovalPath path) {
		return switch (this) {
			case SUBMIT -> Set.of(ApplicationState.DRAFT, ApplicationState.RETURNED);
			case ENDORSE -> path.needsEndorsement() ? Set.of(ApplicationState.SUBMITTED) : Set.of();
			case RETURN, REJECT -> path.needsEndorsement() ? Set.of(ApplicationState.SUBMITTED, ApplicationState.ENDORSED)
					: Set.of(ApplicationState.SUBMITTED);
			case APPROVE -> path.needsEndorsement() ? Set.of(ApplicationState.ENDORSED) : Set.of(ApplicationState.SUBMITTED);
		};
	}

	/** The state the action leads to. */
	ApplicationState to() {
		return switch (this) {
			case SUBMIT -> ApplicationState.SUBMITTED;
			case ENDORSE -> ApplicationState.ENDORSED;
			case RETURN -> ApplicationState.RETURNED;
			case APPROVE -> ApplicationState.APPROVED;
			case REJECT -> ApplicationState.REJECTED;
		};
	}

	/**
	 * Who may take the action on the path from the state: the officers submit; on the district
	 * path the district subcommittee decides what is SUBMITTED and the provincial one what is ENDORSED.
	 */
	Set<Role> roles(ApprovalPath path, ApplicationState state) {
		if (this == SUBMIT) {
			return Set.of(Role.DISTRICT_OFFICER, Role.PROVINCE_OFFICER);
		}
		return switch (path) {
			case DISTRICT_THEN_PROVINCE -> state == ApplicationState.SUBMITTED ? Set.of(Role.DISTRICT_COMMITTEE)
					: Set.of(Role.PROVINCE_COMMITTEE);
			case PROVINCE -> Set.of(Role.PROVINCE_COMMITTEE);
			case SECRETARIAT -> Set.of(Role.PROVINCE_OFFICER);
		};
	}

	/** A decision taken by someone other than the drafter: nobody decides her own draft. */
	boolean decides() {
		return this != SUBMIT;
	}

	static java.util.Optional<ApplicationAction> of(String text) {
		for (ApplicationAction action : values()) {
			if (action.name().equalsIgnoreCase(text)) {
				return java.util.Optional.of(action);
			}
		}
		return java.util.Optional.empty();
	}

}
