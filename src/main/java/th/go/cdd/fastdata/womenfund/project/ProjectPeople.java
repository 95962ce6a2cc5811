package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.thai.InvalidNationalIdException;
import th.go.cdd.fastdata.thai.NationalId;
import th.go.cdd.fastdata.thai.ThailandBox;

/**
 * The people on projects: borrowers, co-borrowers and guarantors added to a project, taken off
 * it, and their particulars corrected. A person is one record however many projects she is on,
 * found by her national ID; adding someone already known links her record and leaves it as it is,
 * because her particulars may be kept by another district.
 */
@Service
@Transactional
public class ProjectPeople {

	/** A row of people checked and ready: the ID valid, the names present. */
	record CheckedMember(NationalId nationalId, PersonDetails details, MemberRole role) {
	}

	/** What happened to each person: added to the registry, or already in it and linked. */
	record Enrolment(int added, int linked) {
	}

	private final ProjectRepository projects;

	private final PersonRepository people;

	private final ProjectMemberRepository members;

	private final ProjectStatuses statuses;

	private final AuditLog audit;

	private final org.springframework.context.ApplicationEventPublisher events;

	ProjectPeople(ProjectRepository projects, PersonRepository people, ProjectMemberRepository members,
			ProjectStatuses statuses, AuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
		this.projects = projects;
		this.people = people;
		this.members = members;
		this.statuses = statuses;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Checks one row of people; field names are prefixed (e.g. {@code members[0].}) so the
	 * error lands beside the field, and the label ("บุคคลที่ 1: ") says whose it is.
	 */
	static CheckedMember check(MemberForm form, String prefix, String label, TypedFields typed, Errors errors) {
		NationalId nationalId = null;
		if (form.getNationalId() == null || form.getNationalId().isBlank()) {
			errors.rejectValue(prefix + "nationalId", "required", label + "กรุณากรอกเลขประจำตัวประชาชน 13 หลัก");
		}
		else {
			try {
				nationalId = NationalId.parse(form.getNationalId().strip());
			}
			catch (InvalidNationalIdException ex) {
				errors.rejectValue(prefix + "nationalId", "invalid", label + ex.getMessage());
			}
		}
		String title = typed.text(form.getTitle(), prefix + "title", label + "คำนำหน้า", false, 50);
		String firstName = typed.text(form.getFirstName(), prefix + "firstName", label + "ชื่อ", true, 100);
		String lastName = typed.text(form.getLastName(), prefix + "lastName", label + "นามสกุล", true, 100);
		String phone = typed.phone(form.getPhone(), prefix + "phone", label + "โทรศัพท์");
		if (form.getRole() == null) {
			errors.rejectValue(prefix + "role", "required", label + "กรุณาเลือกบทบาทในโครงการ");
		}
		return new CheckedMember(nationalId,
				new PersonDetails(title, firstName, lastName, null, phone, null, null, null), form.getRole());
	}

	/** Puts the checked people on the project: known IDs are linked, new ones added; audited one by one. */
	Enrolment enrol(Project project, List<CheckedMember> checked) {
		int added = 0;
		int linked = 0;
		for (CheckedMember member : checked) {
			Optional<Person> known = this.people.findByNationalId(member.nationalId().digits());
			Person person;
			if (known.isPresent()) {
				person = known.get();
				linked++;
			}
			else {
				person = this.people.save(new Person(member.nationalId(), member.details()));
				this.audit.created("Person", person.getId(), "เพิ่มบุคคล " + person.fullName(), person.auditState());
				added++;
			}
			ProjectMember saved = this.members.save(new ProjectMember(project, person, member.role()));
			this.audit.created("ProjectMember", saved.getId(), "เพิ่ม" + member.role().label() + " " + person.fullName()
					+ " ในโครงการ " + project.getCode(), "personId=" + person.getId() + "; role=" + member.role());
		}
		return new Enrolment(added, linked);
	}

	/** Adds one person to a project in scope, or only adds Thai field errors. */
	public Enrolment add(Scope scope, Long projectId, MemberForm form, Errors errors) {
		Project project = this.projects.findInScope(projectId, scope.queryIds()).orElseThrow(NotFoundInScope::new);
		TypedFields typed = new TypedFields(errors, this.statuses.today());
		CheckedMember member = check(form, "", "", typed, errors);
		if (member.nationalId() != null && member.role() != null && this.members.findByProject(projectId)
			.stream()
			.anyMatch(m -> m.getRole() == member.role()
					&& member.nationalId().digits().equals(m.getPerson().getNationalId()))) {
			errors.rejectValue("nationalId", "duplicate", "บุคคลนี้เป็น" + member.role().label() + "ในโครงการนี้อยู่แล้ว");
		}
		if (errors.hasErrors()) {
			return null;
		}
		project.touch();
		return enrol(project, List.of(member));
	}

	/** Takes a person off a project; the last borrower stays, a project always has one. */
	public Optional<String> remove(Scope scope, Long projectId, Long memberId) {
		this.projects.findInScope(projectId, scope.queryIds()).orElseThrow(NotFoundInScope::new);
		List<ProjectMember> onProject = this.members.findByProject(projectId);
		ProjectMember member = onProject.stream()
			.filter(m -> m.getId().equals(memberId))
			.findFirst()
			.orElseThrow(NotFoundInScope::new);
		if (member.getRole() == MemberRole.BORROWER
				&& onProject.stream().filter(m -> m.getRole() == MemberRole.BORROWER).count() == 1) {
			return Optional.of("ต้องมีผู้กู้/ผู้แทนกลุ่มอย่างน้อย 1 คน: เพิ่มผู้กู้คนใหม่ก่อน แล้วจึงนำคนเดิมออก");
		}
		this.members.delete(member);
		member.getProject().touch();
		// recorded on the project: the membership is gone, and the project's history must still show it
		this.audit.record(th.go.cdd.fastdata.audit.AuditAction.DELETE, "Project", projectId,
				"นำ" + member.getRole().label() + " " + member.getPerson().fullName() + " ออกจากโครงการ "
						+ member.getProject().getCode(),
				"memberId=" + memberId + "; personId=" + member.getPerson().getId() + "; role=" + member.getRole(), null);
		return Optional.empty();
	}

	/** Corrects a person's particulars (not her national ID), or only adds Thai field errors. */
	public void revise(Scope scope, Long personId, PersonForm form, Errors errors) {
		Person person = this.people.findInScope(personId, scope.queryIds()).orElseThrow(NotFoundInScope::new);
		TypedFields typed = new TypedFields(errors, this.statuses.today());
		String title = typed.text(form.getTitle(), "title", "คำนำหน้า", false, 50);
		String firstName = typed.text(form.getFirstName(), "firstName", "ชื่อ", true, 100);
		String lastName = typed.text(form.getLastName(), "lastName", "นามสกุล", true, 100);
		LocalDate birthDate = typed.date(form.getBirthDate(), "birthDate", "วันเกิด", false, true);
		String phone = typed.phone(form.getPhone(), "phone", "โทรศัพท์");
		String address = typed.text(form.getAddress(), "address", "ที่อยู่", false, 500);
		BigDecimal latitude = coordinate(form.getLatitude(), "latitude", "ละติจูด", ThailandBox.MIN_LATITUDE,
				ThailandBox.MAX_LATITUDE, errors);
		BigDecimal longitude = coordinate(form.getLongitude(), "longitude", "ลองจิจูด", ThailandBox.MIN_LONGITUDE,
				ThailandBox.MAX_LONGITUDE, errors);
		if ((latitude == null) != (longitude == null) && !errors.hasFieldErrors("latitude")
				&& !errors.hasFieldErrors("longitude")) {
			errors.rejectValue(latitude == null ? "latitude" : "longitude", "pair",
					"กรอกพิกัดให้ครบทั้งละติจูดและลองจิจูด หรือเว้นว่างทั้งคู่");
		}
		if (errors.hasErrors()) {
			return;
		}
		String before = person.auditState();
		boolean moved = latitude != null && (person.getLatitude() == null || latitude.compareTo(person.getLatitude()) != 0
				|| longitude.compareTo(person.getLongitude()) != 0);
		person.revise(new PersonDetails(title, firstName, lastName, birthDate, phone, address, latitude, longitude));
		this.audit.updated("Person", personId, "แก้ไขข้อมูลบุคคล " + person.fullName(), before, person.auditState());
		if (moved) {
			// the debtor map (womenfund/map) keeps it in the project's location history
			this.events.publishEvent(new PersonHomeMoved(personId, latitude, longitude,
					org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication() == null
							? "ระบบ"
							: org.springframework.security.core.context.SecurityContextHolder.getContext()
								.getAuthentication()
								.getName()));
		}
	}

	/**
	 * A coordinate in decimal degrees within Thailand's bounding box ({@link ThailandBox}): a point
	 * outside it is a typo, usually latitude and longitude swapped.
	 */
	private static BigDecimal coordinate(String value, String field, String label, double min, double max,
			Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			BigDecimal degrees = new BigDecimal(value.strip());
			if (degrees.compareTo(BigDecimal.valueOf(min)) < 0 || degrees.compareTo(BigDecimal.valueOf(max)) > 0) {
				errors.rejectValue(field, "range", label + "ต้องอยู่ระหว่าง " + BigDecimal.valueOf(min).toPlainString()
						+ " ถึง " + BigDecimal.valueOf(max).toPlainString()
						+ " องศา (ในประเทศไทย) ตรวจว่าไม่ได้สลับละติจูดกับลองจิจูด");
				return null;
			}
			return degrees.setScale(6, java.math.RoundingMode.HALF_UP);
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "format", label + "ต้องเป็นองศาแบบทศนิยม เช่น 7.8804");
			return null;
		}
	}

	/** The duplicate rows of a form: the same ID twice in the same role. */
	static Set<String> duplicates(List<CheckedMember> members) {
		Set<String> seen = new HashSet<>();
		Set<String> twice = new HashSet<>();
		for (CheckedMember m : members) {
			if (m.nationalId() != null && m.role() != null && !seen.add(m.nationalId().digits() + m.role())) {
				twice.add(m.nationalId().digits() + m.role());
			}
		}
		return twice;
	}

	static List<CheckedMember> complete(List<CheckedMember> members) {
		return new ArrayList<>(members.stream().filter(m -> m.nationalId() != null && m.role() != null).toList());
	}

}
