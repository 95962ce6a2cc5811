package th.go.cdd.fastdata.womenfund.lmimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.go.cdd.fastdata.womenfund.project.MemberRole;

/** The rows of a project file once checked: projects with their contract, people, and who is what on which. */
final class ProjectLines {

	/** A project and its contract as the file gives them. */
	record ProjectLine(int rowNo, String code, String name, Long districtId, Long subdistrictId, Long villageId,
			int fiscalYear, String contractNumber, LocalDate signedOn, BigDecimal amount, BigDecimal rate) {
	}

	record PersonLine(String nationalId, String title, String firstName, String lastName, String phone) {
	}

	record MemberLine(String code, String nationalId, MemberRole role) {
	}

	final Map<String, ProjectLine> projects = new LinkedHashMap<>();

	final Map<String, PersonLine> people = new LinkedHashMap<>();

	final List<MemberLine> members = new ArrayList<>();

}
