package th.go.cdd.fastdata.womenfund.project;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.thai.NationalId;

/**
 * The search box on every page: a project by code or name, a person by any part of her name,
 * her national ID (whole number only: no fishing by prefix) or phone. Only within the scope.
 */
@Service
@Transactional(readOnly = true)
public class Search {

	static final int LIMIT = 30;

	public record Results(String query, List<Project> projects, List<Person> people, String hint) {

		public boolean empty() {
			return this.projects.isEmpty() && this.people.isEmpty();
		}

	}

	private final SearchRepository repository;

	Search(SearchRepository repository) {
		this.repository = repository;
	}

	public Results find(Scope scope, String text) {
		String query = text == null ? "" : text.strip();
		if (query.length() > 100) {
			query = query.substring(0, 100);
		}
		if (query.length() < 2) {
			return new Results(query, List.of(), List.of(), "พิมพ์อย่างน้อย 2 ตัวอักษร");
		}
		Pageable limit = PageRequest.of(0, LIMIT);
		String digits = query.replaceAll("[\\s-]", "");
		if (digits.matches("\\d{13}")) {
			String hint = NationalId.isValid(digits) ? null : "เลขประจำตัวประชาชนนี้ตรวจสอบหลักสุดท้ายไม่ผ่าน";
			return new Results(query, List.of(), this.repository.peopleByNationalId(digits, scope.queryIds()), hint);
		}
		String pattern = "%" + literal(query.toLowerCase(Locale.ROOT)) + "%";
		List<Person> people = digits.matches("\\d{4,12}")
				? this.repository.peopleByPhone("%" + digits + "%", scope.queryIds(), limit)
				: this.repository.peopleByName(pattern, scope.queryIds(), limit);
		return new Results(query, this.repository.projects(pattern, scope.queryIds(), limit), people, null);
	}

	/** The user's text is matched literally: % and _ are not wildcards. */
	private static String literal(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
