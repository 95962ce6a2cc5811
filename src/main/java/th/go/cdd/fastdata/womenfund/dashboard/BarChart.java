package th.go.cdd.fastdata.womenfund.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A bar chart drawn on the server as inline SVG (แผนภูมิแท่ง): the page needs no script, works on a
 * phone, and each bar (or part of a stacked bar) is a link to the list behind it. Coordinates are in
 * the chart's own units ({@value #WIDTH} × {@value #HEIGHT}); the SVG's viewBox scales it to the page.
 *
 * @param bars the bars, left to right, with their positions computed
 * @param ticks the horizontal lines of the scale, from the bottom
 */
public record BarChart(List<Bar> bars, List<Tick> ticks) {

	public static final int WIDTH = 420;

	public static final int HEIGHT = 260;

	/** Room on the left for the scale's labels. */
	static final int LEFT = 58;

	/** Room at the bottom for the two-line month labels. */
	static final int BOTTOM = 40;

	static final int TOP = 12;

	static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

	/** A part of a bar: its value, how it is coloured (a CSS class), where it links to and what it says. */
	public record Part(BigDecimal value, String cssClass, String href, String title) {
	}

	/** One bar ready to draw: label lines under it, its parts stacked from the bottom. */
	public record Bar(String label, String subLabel, double x, double width, double labelX, List<Block> blocks) {
	}

	/** A drawn part. */
	public record Block(double y, double height, String cssClass, String href, String title) {
	}

	/** A line of the scale with its label. */
	public record Tick(double y, String label) {
	}

	/** Input of one bar. */
	public record Column(String label, String subLabel, List<Part> parts) {
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int baseline() {
		return TOP + PLOT_HEIGHT;
	}

	/**
	 * Lays the columns out on a scale from zero to a round number above the tallest. More than 12 columns
	 * keep every second label (counted from the last), so they do not run into each other on a phone.
	 */
	public static BarChart of(List<Column> columns, Function<BigDecimal, String> scaleLabel) {
		BigDecimal tallest = BigDecimal.ZERO;
		for (Column column : columns) {
			BigDecimal total = column.parts().stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
			tallest = tallest.max(total);
		}
		BigDecimal top = roundUp(tallest);
		double slot = (WIDTH - LEFT) / (double) Math.max(1, columns.size());
		double barWidth = slot * 0.7;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			double x = LEFT + i * slot + (slot - barWidth) / 2;
			double bottom = TOP + PLOT_HEIGHT;
			List<Block> blocks = new ArrayList<>();
			for (Part part : column.parts()) {
				if (part.value().signum() <= 0) {
					continue;
				}
				double height = PLOT_HEIGHT * part.value().doubleValue() / top.doubleValue();
				bottom -= height;
				blocks.add(new Block(round(bottom), round(height), part.cssClass(), part.href(), part.title()));
			}
			boolean labelled = columns.size() <= 12 || (columns.size() - 1 - i) % 2 == 0;
			bars.add(new Bar(labelled ? column.label() : "", labelled ? column.subLabel() : "", round(x), round(barWidth), round(x + barWidth / 2), blocks));
		}
		List<Tick> ticks = new ArrayList<>();
		for (int step = 0; step <= 4; step++) {
			BigDecimal value = top.multiply(BigDecimal.valueOf(step)).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
			ticks.add(new Tick(round(TOP + PLOT_HEIGHT - PLOT_HEIGHT * step / 4.0), scaleLabel.apply(value)));
		}
		return new BarChart(bars, ticks);
	}

	/** 1, 2, 4 or 5 × a power of ten, at least the value (and at least 4, so a quarter is a whole number). */
	static BigDecimal roundUp(BigDecimal value) {
		BigDecimal power = BigDecimal.ONE;
		while (true) {
			for (int m : new int[] { 1, 2, 4, 5 }) {
				BigDecimal candidate = power.multiply(BigDecimal.valueOf(m));
				if (candidate.compareTo(value) >= 0 && candidate.compareTo(BigDecimal.valueOf(4)) >= 0) {
					return candidate;
				}
			}
			power = power.multiply(BigDecimal.TEN);
		}
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
