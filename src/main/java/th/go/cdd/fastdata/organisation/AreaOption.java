package th.go.cdd.fastdata.organisation;

import java.util.List;

/** An area for a choice list or a heading: id, official code and Thai label. */
public record AreaOption(Long id, String code, String label) {

	/** Whether this area lies in the other (an official code begins with the codes of the areas holding it). */
	public boolean liesIn(AreaOption larger) {
		return this.code.startsWith(larger.code);
	}

	/** The areas among {@code larger} that hold one of {@code smaller} (the provinces of a scope's districts). */
	public static List<AreaOption> holding(List<AreaOption> larger, List<AreaOption> smaller) {
		return larger.stream().filter(l -> smaller.stream().anyMatch(s -> s.liesIn(l))).toList();
	}

	/** The areas of {@code smaller} that lie in {@code larger} (a province's districts among a scope's). */
	public static List<AreaOption> within(AreaOption larger, List<AreaOption> smaller) {
		return smaller.stream().filter(s -> s.liesIn(larger)).toList();
	}

}
