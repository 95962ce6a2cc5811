package th.go.cdd.fastdata.womenfund.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import th.go.cdd.fastdata.organisation.Role;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.womenfund.project.MemberRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every step of an application on every approval path, from every state, by every role: the steps
 * the handbook allows (§2.4: the district subcommittee endorses 5.2.2, the provincial one approves)
 * go through; every other is refused, 409 when the state is wrong, 403 when the person is.
 */
class ApplicationWorkflowTests {

	record Allowed(ApprovalPath path, ApplicationState from, ApplicationAction action, Role role) {
	}

	// written out by hand from the handbook, not derived from the code under test
	static final List<Allowed> ALLOWED = List.of(
			new Allowed(ApprovalPath.DISTRICT_THEN_PROVINCE, ApplicationState.DRAFT, ApplicationAction.SUBMIT, Role.DISTRICT_OFFICER),
			new Allowed(ApprovalPath.DISTRICT_THEN_PROVINCE, ApplicationState.DRAFT, ApplicationAction.SUBMIT, Role.PROVINCE_OFFICER),
			new Allowed(ApprovalPath.DISTRICT_THEN_PROVINCE, ApplicationState.RETURNED, ApplicationAction.SUBMIT, Role.DISTRICT_OFFICER),
			new Allowed(ApprovalPath.DISTRICT_THEN_PROVINCE, ApplicationState.RETURNED, ApplicationAction.SUBMIT, Role.PROVINCE_OFFICER),
			new Allowed(ApprovalPath.DISTRICT_THEN_PROVINCE, ApplicationState.SUBMITTED, ApplicationAction.ENDORSE, Role.DISTRICT_COMMITTEE),
			new Allowed(ApprovalPath.DISTRICT_THEN_PROVINCE, ApplicationState.SUBMITTED, ApplicationAction.RETURN, Role.DISTRICT_COMMITTEE),
			new Allowed(ApprovalPath.DISTRICT_THEN_PROVINCE, ApplicationState.SUBMITTED, ApplicationAction.REJECT, Role.DISTRICT_COMMITTEE),
			new Allowed(ApprovalPath.DISTRICT_THEN_PROVINCE, ApplicationState.ENDORSED, ApplicationAction.APPROVE, Role.PROVINCE_COMMITTEE),
			new Allowed(ApprovalPath.DISTRICT_THEN_PROVINCE, ApplicationState.ENDORSED, ApplicationAction.RETURN, Role.PROVINCE_COMMITTEE),
			new Allowed(ApprovalPath.DISTRICT_THEN_PROVINCE, ApplicationState.ENDORSED, ApplicationAction.REJECT, Role.PROVINCE_COMMITTEE),
			new Allowed(ApprovalPath.PROVINCE, ApplicationState.DRAFT, ApplicationAction.SUBMIT, Role.DISTRICT_OFFICER),
			new Allowed(ApprovalPath.PROVINCE, ApplicationState.DRAFT, ApplicationAction.SUBMIT, Role.PROVINCE_OFFICER),
			new Allowed(ApprovalPath.PROVINCE, ApplicationState.RETURNED, ApplicationAction.SUBMIT, Role.DISTRICT_OFFICER),
			new Allowed(ApprovalPath.PROVINCE, ApplicationState.RETURNED, ApplicationAction.SUBMIT, Role.PROVINCE_OFFICER),
			new Allowed(ApprovalPath.PROVINCE, ApplicationState.SUBMITTED, ApplicationAction.APPROVE, Role.PROVINCE_COMMITTEE),
			new Allowed(ApprovalPath.PROVINCE, ApplicationState.SUBMITTED, ApplicationAction.RETURN, Role.PROVINCE_COMMITTEE),
			new Allowed(ApprovalPath.PROVINCE, ApplicationState.SUBMITTED, ApplicationAction.REJECT, Role.PROVINCE_COMMITTEE),
			new Allowed(ApprovalPath.SECRETARIAT, ApplicationState.DRAFT, ApplicationAction.SUBMIT, Role.DISTRICT_OFFICER),
			new Allowed(ApprovalPath.SECRETARIAT, ApplicationState.DRAFT, ApplicationAction.SUBMIT, Role.PROVINCE_OFFICER),
			new Allowed(ApprovalPath.SECRETARIAT, ApplicationState.RETURNED, ApplicationAction.SUBMIT, Role.DISTRICT_OFFICER),
			new Allowed(ApprovalPath.SECRETARIAT, ApplicationState.RETURNED, ApplicationAction.SUBMIT, Role.PROVINCE_OFFICER),
			new Allowed(ApprovalPath.SECRETARIAT, ApplicationState.SUBMITTED, ApplicationAction.APPROVE, Role.PROVINCE_OFFICER),
			new Allowed(ApprovalPath.SECRETARIAT, ApplicationState.SUBMITTED, ApplicationAction.RETURN, Role.PROVINCE_OFFICER),
			new Allowed(ApprovalPath.SECRETARIAT, ApplicationState.SUBMITTED, ApplicationAction.REJECT, Role.PROVINCE_OFFICER));

	@Test
	void exactlyTheHandbooksStepsAreAllowedAndEveryOtherIsRefused() {
		int checked = 0;
		for (ApprovalPath path : ApprovalPath.values()) {
			for (ApplicationState state : ApplicationState.values()) {
				for (ApplicationAction action : ApplicationAction.values()) {
					for (Role role : Role.values()) {
						MeasureApplication application = applicationIn(state, "drafter");
						boolean expected = ALLOWED.contains(new Allowed(path, state, action, role));
						ApplicationRefused refused = catchThrowableOfType(ApplicationRefused.class,
								() -> MeasureApplications.refuseUnlessAllowed(user("someone.else", role), application, path,
										action));
						String step = path + " " + state + " " + action + " by " + role;
						if (expected) {
							assertThat(refused).as(step).isNull();
						}
						else {
							assertThat(refused).as(step).isNotNull();
							assertThat(refused.getMessage()).as(step).isNotBlank();
							if (state.decided()) {
								assertThat(refused.status()).as(step + " (decided: read-only)").isEqualTo(HttpStatus.CONFLICT);
							}
						}
						checked++;
					}
				}
			}
		}
		assertThat(checked).isEqualTo(3 * 6 * 5 * Role.values().length);
	}

	@Test
	void nobodyDecidesHerOwnDraftButSheMaySubmitIt() {
		for (Allowed allowed : ALLOWED) {
			MeasureApplication application = applicationIn(allowed.from(), "drafter");
			Runnable step = () -> MeasureApplications.refuseUnlessAllowed(user("drafter", allowed.role()), application,
					allowed.path(), allowed.action());
			if (allowed.action() == ApplicationAction.SUBMIT) {
				step.run();
			}
			else {
				assertThatThrownBy(step::run).as(allowed.toString())
					.isInstanceOf(ApplicationRefused.class)
					.hasMessageContaining("ของตนเอง")
					.extracting(ex -> ((ApplicationRefused) ex).status())
					.isEqualTo(HttpStatus.FORBIDDEN);
			}
		}
	}

	@Test
	void aWrongPersonIsForbiddenAndAWrongStateIsAConflict() {
		// a district officer may never approve: 403, whatever the state
		assertThat(status(ApprovalPath.PROVINCE, ApplicationState.SUBMITTED, ApplicationAction.APPROVE, Role.DISTRICT_OFFICER))
			.isEqualTo(HttpStatus.FORBIDDEN);
		// the provincial subcommittee approves, but only after the district endorsed: 409
		assertThat(status(ApprovalPath.DISTRICT_THEN_PROVINCE, ApplicationState.SUBMITTED, ApplicationAction.APPROVE,
				Role.PROVINCE_COMMITTEE)).isEqualTo(HttpStatus.CONFLICT);
		// the district subcommittee does not decide what it already endorsed: 403
		assertThat(status(ApprovalPath.DISTRICT_THEN_PROVINCE, ApplicationState.ENDORSED, ApplicationAction.RETURN,
				Role.DISTRICT_COMMITTEE)).isEqualTo(HttpStatus.FORBIDDEN);
		// there is no endorsement where the province decides alone: 409
		assertThat(status(ApprovalPath.PROVINCE, ApplicationState.SUBMITTED, ApplicationAction.ENDORSE,
				Role.DISTRICT_COMMITTEE)).isEqualTo(HttpStatus.CONFLICT);
		// a decided application is read-only: 409, even for the one who decided it
		assertThat(status(ApprovalPath.PROVINCE, ApplicationState.APPROVED, ApplicationAction.REJECT, Role.PROVINCE_COMMITTEE))
			.isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void eachStepLeadsWhereTheHandbookSays() {
		MeasureApplication application = applicationIn(ApplicationState.DRAFT, "drafter");
		application.move(ApplicationAction.SUBMIT, LocalDate.of(2026, 11, 1));
		assertThat(application.getState()).isEqualTo(ApplicationState.SUBMITTED);
		assertThat(application.getDecidedOn()).isNull();
		application.move(ApplicationAction.ENDORSE, LocalDate.of(2026, 11, 2));
		assertThat(application.getState()).isEqualTo(ApplicationState.ENDORSED);
		application.move(ApplicationAction.RETURN, LocalDate.of(2026, 11, 3));
		assertThat(application.getState()).isEqualTo(ApplicationState.RETURNED);
		application.move(ApplicationAction.SUBMIT, LocalDate.of(2026, 11, 4));
		application.move(ApplicationAction.ENDORSE, LocalDate.of(2026, 11, 5));
		application.move(ApplicationAction.APPROVE, LocalDate.of(2026, 11, 6));
		assertThat(application.getState()).isEqualTo(ApplicationState.APPROVED);
		assertThat(application.getDecidedOn()).isEqualTo(LocalDate.of(2026, 11, 6));
	}

	private static HttpStatus status(ApprovalPath path, ApplicationState state, ApplicationAction action, Role role) {
		ApplicationRefused refused = catchThrowableOfType(ApplicationRefused.class,
				() -> MeasureApplications.refuseUnlessAllowed(user("someone.else", role), applicationIn(state, "drafter"),
						path, action));
		return refused == null ? HttpStatus.OK : refused.status();
	}

	static MeasureApplication applicationIn(ApplicationState state, String drafter) {
		MeasureVersionForm form = new MeasureVersionForm();
		form.setAnnouncement("ประกาศทดสอบ");
		form.setSummary("สาระ");
		form.setWhoMayApply("ผู้กู้");
		form.setApplicantRoles(List.of(MemberRole.BORROWER));
		form.setSource("ทดสอบ");
		form.effectiveFrom = LocalDate.of(2020, 1, 1);
		MeasureVersion version = new MeasureVersion(Measure.RESTRUCTURING, form, "test");
		MeasureApplication application = new MeasureApplication(1L, 1L, 1L, MemberRole.BORROWER, version, null, drafter);
		// walk it to the state the way the service would
		switch (state) {
			case DRAFT -> {
			}
			case SUBMITTED -> application.move(ApplicationAction.SUBMIT, null);
			case ENDORSED -> {
				application.move(ApplicationAction.SUBMIT, null);
				application.move(ApplicationAction.ENDORSE, null);
			}
			case RETURNED -> {
				application.move(ApplicationAction.SUBMIT, null);
				application.move(ApplicationAction.RETURN, null);
			}
			case APPROVED -> {
				application.move(ApplicationAction.SUBMIT, null);
				application.move(ApplicationAction.APPROVE, LocalDate.of(2026, 11, 1));
			}
			case REJECTED -> {
				application.move(ApplicationAction.SUBMIT, null);
				application.move(ApplicationAction.REJECT, LocalDate.of(2026, 11, 1));
			}
		}
		return application;
	}

	static SignedInUser user(String username, Role role) {
		return new SignedInUser(1L, username, username, role, 1L, "ภูเก็ต", List.of(), "ภูเก็ต", new Scope(Set.of(1L)),
				false);
	}

}
