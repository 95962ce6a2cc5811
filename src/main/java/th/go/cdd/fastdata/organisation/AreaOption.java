package th.go.cdd.fastdata.organisation;

/** An area for a choice list or a heading: id, official code and Thai label. */
public record AreaOption(Long id, String code, String label) {
}
