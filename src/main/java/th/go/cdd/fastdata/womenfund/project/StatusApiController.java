package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.womenfund.status.Classification;

/**
 * JSON API of a project's status group as of any date. Dates are ISO (C.E.); errors are
 * RFC 9457 problem details with Thai messages. Scope applies as on the pages.
 */
@RestController
@RequestMapping("/api/v1/projects")
class StatusApiController {

	record StatusJson(String code, LocalDate asOf, String group, String groupLabel, List<String> reasons,
			LocalDate termEndsOn, LocalDate lastPaymentOn, LocalDate limitationEndsOn, Long daysToLimitation,
			BigDecimal overdueAmount, BigDecimal outstandingAmount, List<String> actions) {
	}

	private final CurrentUsers currentUsers;

	private final ProjectRepository projects;

	private final ProjectStatuses statuses;

	private final StatusRules rules;

	StatusApiController(CurrentUsers currentUsers, ProjectRepository projects, ProjectStatuses statuses,
			StatusRules rules) {
		this.currentUsers = currentUsers;
		this.projects = projects;
		this.statuses = statuses;
		this.rules = rules;
	}

	@GetMapping("/{code}/status")
	StatusJson status(@PathVariable String code, @RequestParam(required = false) String asOf) {
		LocalDate date = parse(asOf);
		Project project = this.projects.findByCodeInScope(code, this.currentUsers.scope().queryIds())
			.orElseThrow(NotFoundInScope::new);
		Classification c = this.statuses.classify(project.getId(), date);
		List<String> actions = this.rules.actionsOn(c.group(), date).stream().map(StatusAction::getActionTh).toList();
		return new StatusJson(project.getCode(), date, c.group().name(), c.group().label(), c.reasons(), c.termEndsOn(),
				c.lastPaymentOn(), c.limitationEndsOn(), c.daysToLimitation(), c.overdueAmount(), c.outstandingAmount(),
				actions);
	}

	private LocalDate parse(String asOf) {
		if (asOf == null || asOf.isBlank()) {
			return this.statuses.today();
		}
		try {
			return LocalDate.parse(asOf);
		}
		catch (DateTimeParseException ex) {
			throw new ApiProblems.InvalidInput("asOf", "วันที่ต้องอยู่ในรูปแบบ ค.ศ. ปี-เดือน-วัน เช่น 2026-11-24");
		}
	}

}
