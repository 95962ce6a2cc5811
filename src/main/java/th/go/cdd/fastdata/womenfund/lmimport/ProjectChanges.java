package th.go.cdd.fastdata.womenfund.lmimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.womenfund.lmimport.ProjectLines.MemberLine;
import th.go.cdd.fastdata.womenfund.lmimport.ProjectLines.PersonLine;
import th.go.cdd.fastdata.womenfund.lmimport.ProjectLines.ProjectLine;

/**
 * Compares a checked project file with the registry, keyed as LM keys them: the project by its
 * code, the contract by its project, a person by national ID, a membership by (project, person,
 * role). What is equal is left alone, so importing the same file again changes nothing. People
 * the registry has on a project but the file does not are kept: an LM export may be partial.
 */
@Component
class ProjectChanges {

	record StoredProject(long id, long districtId, String name, Long subdistrictId, Long villageId, int fiscalYear,
			BigDecimal approvedAmount, Long contractId, String contractNumber, LocalDate signedOn, BigDecimal amount,
			BigDecimal rate) {
	}

	private final RegistryReads reads;

	private final ProjectWrites writes;

	ProjectChanges(RegistryReads reads, ProjectWrites writes) {
		this.reads = reads;
		this.writes = writes;
	}

	ImportPreview compare(ProjectLines lines, ImportContext context, ImportProblems problems) {
		Map<String, StoredProject> stored = storedProjects(lines.projects.keySet());
		Map<String, PersonLine> storedPeople = storedPeople(lines.people.keySet());
		Set<String> storedMembers = storedMembers(stored);
		ProjectWrites.Plan plan = new ProjectWrites.Plan();
		Set<String> changedPeople = new HashSet<>();
		lines.people.forEach((id, person) -> {
			PersonLine before = storedPeople.get(id);
			if (before == null) {
				plan.newPeople.add(person);
				changedPeople.add(id);
			}
			else if (!before.equals(person)) {
				plan.changedPeople.add(person);
				changedPeople.add(id);
			}
		});
		Set<String> changedProjects = new HashSet<>();
		for (MemberLine member : lines.members) {
			if (!storedMembers.contains(member.code() + "|" + member.nationalId() + "|" + member.role())) {
				plan.newMembers.add(member);
				changedProjects.add(member.code());
			}
			if (changedPeople.contains(member.nationalId())) {
				changedProjects.add(member.code());
			}
		}
		int added = 0;
		int changed = 0;
		for (ProjectLine project : lines.projects.values()) {
			StoredProject before = stored.get(project.code());
			if (before == null) {
				plan.newProjects.add(project);
				plan.newContracts.add(project);
				added++;
				continue;
			}
			if (!context.scope().covers(before.districtId())) {
				problems.add(project.rowNo(), "project_code", project.code(),
						"รหัสโครงการนี้เป็นของโครงการในอำเภอที่อยู่นอกพื้นที่ที่คุณรับผิดชอบ");
				continue;
			}
			boolean differs = false;
			if (projectDiffers(project, before)) {
				plan.changedProjects.add(project);
				differs = true;
			}
			if (before.contractId() == null) {
				plan.newContracts.add(project);
				differs = true;
			}
			else if (contractDiffers(project, before)) {
				plan.changedContracts.add(project);
				differs = true;
			}
			if (differs || changedProjects.contains(project.code())) {
				changed++;
			}
		}
		ImportCounts counts = new ImportCounts(added, changed, lines.projects.size() - added - changed);
		return new ImportPreview(counts, () -> this.writes.write(plan, context.username()));
	}

	private static boolean projectDiffers(ProjectLine line, StoredProject stored) {
		return !line.name().equals(stored.name()) || line.districtId() != stored.districtId()
				|| !Objects.equals(line.subdistrictId(), stored.subdistrictId())
				|| !Objects.equals(line.villageId(), stored.villageId()) || line.fiscalYear() != stored.fiscalYear()
				|| line.amount().compareTo(stored.approvedAmount()) != 0;
	}

	private static boolean contractDiffers(ProjectLine line, StoredProject stored) {
		return !line.contractNumber().equals(stored.contractNumber()) || !line.signedOn().equals(stored.signedOn())
				|| line.amount().compareTo(stored.amount()) != 0 || line.rate().compareTo(stored.rate()) != 0;
	}

	private Map<String, StoredProject> storedProjects(Set<String> codes) {
		Map<String, StoredProject> stored = new HashMap<>();
		this.reads.query("""
				select p.code, p.id, p.district_id, p.name, p.subdistrict_id, p.village_id, p.fiscal_year,
				  p.approved_amount, c.id, c.contract_number, c.signed_on, c.amount, c.annual_interest_rate
				from wf_project p left join wf_contract c on c.project_id = p.id
				where p.code in (:keys)""", codes, rs -> stored.put(rs.getString(1),
				new StoredProject(rs.getLong(2), rs.getLong(3), rs.getString(4), RegistryReads.longOrNull(rs, 5),
						RegistryReads.longOrNull(rs, 6), rs.getInt(7), rs.getBigDecimal(8),
						RegistryReads.longOrNull(rs, 9), rs.getString(10), rs.getObject(11, LocalDate.class),
						rs.getBigDecimal(12), rs.getBigDecimal(13))));
		return stored;
	}

	private Map<String, PersonLine> storedPeople(Set<String> nationalIds) {
		Map<String, PersonLine> stored = new HashMap<>();
		this.reads.query("select national_id, title, first_name, last_name, phone from wf_person where national_id in (:keys)",
				nationalIds, rs -> stored.put(rs.getString(1),
						new PersonLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))));
		return stored;
	}

	private Set<String> storedMembers(Map<String, StoredProject> projects) {
		Map<Long, String> codes = new HashMap<>();
		projects.forEach((code, project) -> codes.put(project.id(), code));
		Set<String> members = new HashSet<>();
		this.reads.query("""
				select m.project_id, p.national_id, m.member_role
				from wf_project_member m join wf_person p on p.id = m.person_id
				where m.project_id in (:keys)""", codes.keySet(),
				rs -> members.add(codes.get(rs.getLong(1)) + "|" + rs.getString(2) + "|" + rs.getString(3)));
		return members;
	}

}
