package th.go.cdd.fastdata.womenfund.project;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/** A recommended action for a status group (แนวทางดำเนินการ), in the handbook's order. */
@Entity
@Table(name = "wf_status_action")
public class StatusAction {

	@Id
	private Long id;

	@Enumerated(EnumType.STRING)
	private StatusGroup statusGroup;

	private int position;

	private String actionTh;

	private LocalDate effectiveFrom;

	private LocalDate effectiveTo;

	protected StatusAction() {
	}

	public StatusGroup getStatusGroup() {
		return this.statusGroup;
	}

	public int getPosition() {
		return this.position;
	}

	public String getActionTh() {
		return this.actionTh;
	}

}
