package th.go.cdd.fastdata.womenfund.lmimport;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A column mapping that cannot be saved or used, each reason in Thai beside the field it is about
 * ({@code name}, {@code mapping}, or {@code columns.<key>} for one of our columns).
 */
class MappingRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<FieldError> errors;

	MappingRefused(List<FieldError> errors) {
		super(errors.stream().map(FieldError::message).collect(Collectors.joining(" ")));
		this.errors = List.copyOf(errors);
	}

	static MappingRefused of(String field, String message) {
		return new MappingRefused(List.of(new FieldError(field, message)));
	}

	List<FieldError> errors() {
		return this.errors;
	}

	/** Field → message, for the pages. */
	Map<String, String> byField() {
		return this.errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + " " + b));
	}

	/** As the API lists it: {@code {"field": …, "message": …}}. */
	List<Map<String, String>> asJson() {
		return this.errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList();
	}

	record FieldError(String field, String message) {
	}

}
