package th.go.cdd.fastdata.womenfund.committee;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.thai.Baht;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.committee.CommitteeReport.DistrictLine;
import th.go.cdd.fastdata.womenfund.committee.ReportTables.Delta;
import th.go.cdd.fastdata.womenfund.committee.ReportTables.Table;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * The report as a PDF, A4 landscape, in Laksaman (a TH Sarabun-like face from TLWG, GPL with the font
 * exception, in {@code resources/fonts}) embedded as a subset, so it prints the same on any
 * machine. Thai above- and below-base marks are placed by OpenPDF's {@link LayoutProcessor}, which
 * shapes text through Java's own layout engine; without it a tone mark over a vowel like ที่ or
 * นี้ would collide. The two charts are drawn with the PDF's own lines and boxes (no chart library).
 */
@Component
class CommitteePdf {

	static final String REGULAR = "fonts/Laksaman.ttf";

	static final String BOLD = "fonts/Laksaman-Bold.ttf";

	private static final Color HEADER = new Color(0xE8, 0xEE, 0xF4);

	private static final Color LINE = new Color(0x88, 0x88, 0x88);

	/** The status groups' colours, as the overview page draws them. */
	private static final List<Color> GROUP_COLOURS = List.of(new Color(0x8B, 0x1A, 0x1A), new Color(0xD9, 0x6C, 0x1F),
			new Color(0xE8, 0xB9, 0x2E), new Color(0x3A, 0x8D, 0x4F), new Color(0x6F, 0x8F, 0xAF));

	private final BaseFont regular;

	private final BaseFont bold;

	CommitteePdf() {
		enableLayout();
		this.regular = font(REGULAR);
		this.bold = font(BOLD);
	}

	// process-wide in OpenPDF, and enabling twice throws (tests start several application contexts)
	private static synchronized void enableLayout() {
		if (!LayoutProcessor.isEnabled()) {
			LayoutProcessor.enableKernLiga();
		}
	}

	private static BaseFont font(String resource) {
		try (InputStream in = CommitteePdf.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the classpath: " + resource);
			}
			BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
					null);
			LayoutProcessor.loadFont(font, resource);
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] write(CommitteeReport report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 36, 36, 30, 30);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			// a chart that does not fit goes to the next page before the table after it, not after it
			writer.setStrictImageSequence(true);
			document.addTitle(report.title());
			document.addCreator("Fast Data");
			document.open();
			Font title = new Font(this.bold, 17);
			Font body = new Font(this.regular, 13);
			Font strong = new Font(this.bold, 14);
			Paragraph head = new Paragraph(report.title(), title);
			head.setAlignment(Element.ALIGN_CENTER);
			document.add(head);
			Paragraph when = new Paragraph("วันประชุม " + ThaiDates.longDate(report.meeting().meetingOn())
					+ "   ช่วงรายงาน " + ThaiDates.longDate(report.meeting().periodFrom()) + " ถึง "
					+ ThaiDates.longDate(report.meeting().periodTo()), body);
			when.setAlignment(Element.ALIGN_CENTER);
			document.add(when);
			Paragraph made = new Paragraph("ข้อมูล ณ วันที่ " + ThaiDates.longDate(report.asOf()) + "   ฉบับที่ "
					+ report.version() + " จัดทำเมื่อ " + ThaiDates.shortDateTime(report.generatedAt()) + " โดย "
					+ report.generatedBy(), new Font(this.regular, 11, Font.NORMAL, LINE));
			made.setAlignment(Element.ALIGN_CENTER);
			made.setSpacingAfter(8);
			document.add(made);
			List<Table> tables = ReportTables.of(report);
			for (Table table : tables) {
				Paragraph heading = new Paragraph(table.title(), strong);
				heading.setSpacingBefore(6);
				document.add(heading);
				if (table.note() != null) {
					document.add(new Paragraph(table.note(), new Font(this.regular, 11)));
				}
				document.add(table(table));
				if ("amounts".equals(table.key())) {
					document.add(image(statusChart(writer.getDirectContent(), report)));
				}
				if ("collections".equals(table.key())) {
					document.add(image(collectionsChart(writer.getDirectContent(), report)));
				}
			}
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private PdfPTable table(Table table) {
		PdfPTable pdf = new PdfPTable(table.headers().size());
		pdf.setWidthPercentage(table.headers().size() <= 4 ? 70 : 100);
		pdf.setHorizontalAlignment(Element.ALIGN_LEFT);
		pdf.setSpacingBefore(4);
		pdf.setSpacingAfter(4);
		pdf.setHeaderRows(1);
		float[] widths = new float[table.headers().size()];
		java.util.Arrays.fill(widths, 1f);
		widths[0] = 1.6f;
		try {
			pdf.setWidths(widths);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException(ex);
		}
		Font header = new Font(this.bold, 11);
		Font cell = new Font(this.regular, 11);
		Font total = new Font(this.bold, 11);
		for (String h : table.headers()) {
			PdfPCell c = new PdfPCell(new Phrase(h, header));
			c.setBackgroundColor(HEADER);
			c.setHorizontalAlignment(Element.ALIGN_CENTER);
			c.setVerticalAlignment(Element.ALIGN_MIDDLE);
			// room for a second line's above-base marks (สิ้นสุดสัญญา / (ราย))
			c.setLeading(0, 1.35f);
			c.setPaddingBottom(5);
			pdf.addCell(c);
		}
		for (List<Object> row : table.rows()) {
			row(pdf, row, cell);
		}
		if (table.total() != null) {
			row(pdf, table.total(), total);
		}
		return pdf;
	}

	private static void row(PdfPTable pdf, List<Object> values, Font font) {
		for (Object value : values) {
			PdfPCell c = new PdfPCell(new Phrase(ReportTables.text(value), font));
			boolean number = value instanceof Long || value instanceof BigDecimal || value instanceof Delta;
			c.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
			c.setPaddingBottom(4);
			pdf.addCell(c);
		}
	}

	private static Image image(PdfTemplate template) {
		try {
			Image image = Image.getInstance(template);
			image.setSpacingBefore(4);
			return image;
		}
		catch (com.lowagie.text.BadElementException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Stacked bars of each district's projects by status group, with a legend. */
	private PdfTemplate statusChart(PdfContentByte content, CommitteeReport report) {
		List<DistrictLine> lines = report.districts();
		// headroom above the tallest bar for its figure
		long max = Math.max(1, lines.stream().mapToLong(DistrictLine::projects).max().orElse(1) * 115 / 100);
		BarFrame frame = frame(content, "จำนวนโครงการตามกลุ่มสถานะ รายอำเภอ", 200, lines.size());
		PdfTemplate chart = frame.chart();
		float bottom = BarFrame.BOTTOM;
		float plotHeight = frame.plotHeight();
		float bar = frame.bar();
		for (int i = 0; i < lines.size(); i++) {
			DistrictLine line = lines.get(i);
			float x = frame.x(i);
			float y = bottom;
			for (int g = 0; g < CommitteeReport.GROUPS.size(); g++) {
				long n = line.cell(CommitteeReport.GROUPS.get(g)).projects();
				float h = plotHeight * n / max;
				if (h > 0) {
					chart.setColorFill(GROUP_COLOURS.get(g));
					chart.rectangle(x, y, bar, h);
					chart.fill();
					y += h;
				}
			}
			label(chart, line.district(), x + bar / 2, bottom - 14, Element.ALIGN_CENTER, false);
			label(chart, ReportTables.count(line.projects()), x + bar / 2, y + 3, Element.ALIGN_CENTER, false);
		}
		float legendX = BarFrame.LEFT + BarFrame.PLOT_WIDTH + 20;
		for (int g = 0; g < CommitteeReport.GROUPS.size(); g++) {
			StatusGroup group = CommitteeReport.GROUPS.get(g);
			float y = bottom + plotHeight - 16 * g - 10;
			chart.setColorFill(GROUP_COLOURS.get(g));
			chart.rectangle(legendX, y, 10, 10);
			chart.fill();
			label(chart, group.label() + " " + ReportTables.count(report.total().cell(group).projects()) + " ราย",
					legendX + 14, y + 1, Element.ALIGN_LEFT, false);
		}
		return chart;
	}

	/** Bars of the baht each district collected in the period. */
	private PdfTemplate collectionsChart(PdfContentByte content, CommitteeReport report) {
		List<DistrictLine> lines = report.districts();
		BigDecimal maxAmount = lines.stream()
			.map(l -> l.activity().collected())
			.reduce(BigDecimal.ONE, BigDecimal::max)
			.multiply(new BigDecimal("1.15"));
		BarFrame frame = frame(content, "ยอดรับชำระหนี้ในช่วงรายงาน รายอำเภอ (บาท)", 180, lines.size());
		PdfTemplate chart = frame.chart();
		float bottom = BarFrame.BOTTOM;
		float plotHeight = frame.plotHeight();
		float bar = frame.bar();
		for (int i = 0; i < lines.size(); i++) {
			DistrictLine line = lines.get(i);
			float x = frame.x(i);
			float h = plotHeight * line.activity().collected().floatValue() / maxAmount.floatValue();
			chart.setColorFill(new Color(0x2F, 0x6F, 0xA8));
			if (h > 0) {
				chart.rectangle(x, bottom, bar, h);
				chart.fill();
			}
			label(chart, line.district(), x + bar / 2, bottom - 14, Element.ALIGN_CENTER, false);
			label(chart, Baht.amount(line.activity().collected()), x + bar / 2, bottom + h + 3, Element.ALIGN_CENTER,
					false);
		}
		return chart;
	}

	/**
	 * Where a chart's bars go: a template 600 pt wide with its title, the axes of a plot 400 pt wide
	 * from {@code LEFT}, {@code BOTTOM}, and one slot per district with its bar centred.
	 */
	private record BarFrame(PdfTemplate chart, float plotHeight, float slot, float bar) {

		static final float LEFT = 60;

		static final float BOTTOM = 40;

		static final float PLOT_WIDTH = 400;

		float x(int index) {
			return LEFT + this.slot * index + (this.slot - this.bar) / 2;
		}

	}

	private BarFrame frame(PdfContentByte content, String title, float height, int bars) {
		PdfTemplate chart = content.createTemplate(600, height);
		label(chart, title, 0, height - 14, Element.ALIGN_LEFT, true);
		float plotHeight = height - 70;
		axes(chart, BarFrame.LEFT, BarFrame.BOTTOM, BarFrame.PLOT_WIDTH, plotHeight);
		float slot = BarFrame.PLOT_WIDTH / Math.max(1, bars);
		return new BarFrame(chart, plotHeight, slot, Math.min(50, slot * 0.6f));
	}

	private void axes(PdfTemplate chart, float left, float bottom, float width, float height) {
		chart.setColorStroke(LINE);
		chart.setLineWidth(0.5f);
		chart.moveTo(left, bottom);
		chart.lineTo(left + width, bottom);
		chart.moveTo(left, bottom);
		chart.lineTo(left, bottom + height);
		chart.stroke();
		// the figures stand on the bars; the axis says only where zero is
		label(chart, "0", left - 4, bottom - 3, Element.ALIGN_RIGHT, false);
	}

	private void label(PdfTemplate chart, String text, float x, float y, int align, boolean heading) {
		// the font's own colour: otherwise the text takes the fill colour of the last bar
		ColumnText.showTextAligned(chart, align, new Phrase(text, new Font(heading ? this.bold : this.regular,
				heading ? 13 : 10, Font.NORMAL, Color.DARK_GRAY)), x, y, 0);
	}

}
