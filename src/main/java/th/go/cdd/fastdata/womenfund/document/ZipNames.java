package th.go.cdd.fastdata.womenfund.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reading the names inside a ZIP of the old Drive folders: the folders and the file name, their
 * words (where a project code may stand), the kind of document they name, and the files the
 * system itself leaves there. Names are only read, never used as paths.
 */
final class ZipNames {

	/** Names split into words at these: "LM-83-2565-0001 สัญญาค้ำ.pdf" → the code and the rest. */
	private static final String SEPARATORS = "[\\s_()\\[\\]{}+,;]+";

	private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", "icon\r");

	private ZipNames() {
	}

	/** Folder and file names (the file's without its extension). */
	static List<String> segments(String path) {
		List<String> parts = new ArrayList<>(List.of(path.split("[/\\\\]+")));
		parts.removeIf(String::isBlank);
		if (!parts.isEmpty()) {
			String last = parts.get(parts.size() - 1);
			int dot = last.lastIndexOf('.');
			parts.set(parts.size() - 1, dot > 0 ? last.substring(0, dot) : last);
			parts.add(last);
		}
		return parts;
	}

	/** Each name whole, and its words, as written and in upper case (codes are upper case). */
	static Set<String> words(List<String> segments) {
		Set<String> words = new LinkedHashSet<>();
		for (String segment : segments) {
			words.add(segment.strip());
			for (String word : segment.split(SEPARATORS)) {
				if (!word.isBlank()) {
					words.add(word);
				}
			}
		}
		Set<String> upper = words.stream().map(w -> w.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
		words.addAll(upper);
		words.removeIf(w -> w.length() > 30);
		return words;
	}

	/**
	 * The kind named nearest the file: its own name first, then the folders upward. In one name a
	 * type code (GUARANTEE_CONTRACT) or the Thai name (สัญญาค้ำประกัน, spaces ignored); the longest
	 * Thai name wins, so "หนังสือรับสภาพหนี้" is not taken for another kind.
	 */
	static Optional<DocumentType> typeNamedIn(List<String> segments, List<DocumentType> types) {
		for (int i = segments.size() - 1; i >= 0; i--) {
			String segment = segments.get(i);
			String upper = segment.toUpperCase(Locale.ROOT);
			String compact = upper.replaceAll("\\s+", "");
			Optional<DocumentType> byName = types.stream()
				// a code between non-letters: "LM-83-2565-0001_LOAN_CONTRACT" names LOAN_CONTRACT
				.filter(t -> Pattern.compile("(?<![A-Z])" + Pattern.quote(t.getCode())
						+ "(?![A-Z])").matcher(upper).find() || compact.contains(t.getNameTh().replaceAll("\\s+", "")))
				.max(Comparator.comparingInt((DocumentType t) -> t.getNameTh().length()));
			if (byName.isPresent()) {
				return byName;
			}
		}
		return Optional.empty();
	}

	static boolean isSystemFile(String path) {
		List<String> parts = List.of(path.split("[/\\\\]+"));
		String name = parts.get(parts.size() - 1);
		return parts.stream().anyMatch(p -> p.equals("__MACOSX")) || name.startsWith(".")
				|| SYSTEM_FILES.contains(name.toLowerCase(Locale.ROOT));
	}

}
