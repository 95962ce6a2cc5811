package th.go.cdd.fastdata.womenfund.letter;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Writes the default letter templates shipped in {@code src/main/resources/letters}: Thai official
 * letters (หนังสือภายนอก) in TH Sarabun New 16 pt on A4, with {{field}} placeholders filled by
 * {@link ProjectLetters}. Run once after changing the wording, and commit the DOCX files:
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) th.go.cdd.fastdata.womenfund.letter.DefaultLetterTemplates src/main/resources/letters</pre>
 * An office replaces a template by uploading its own version (with the real Garuda emblem).
 */
public final class DefaultLetterTemplates {

	static final String FONT = "TH Sarabun New";

	/** 1 cm in twentieths of a point. */
	static final int CM = 567;

	private DefaultLetterTemplates() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/letters");
		Files.createDirectories(folder);
		write(folder.resolve("demand-letter.docx"), demandLetter());
		write(folder.resolve("acknowledgment-invitation.docx"), acknowledgmentInvitation());
		write(folder.resolve("mediation-invitation.docx"), mediationInvitation());
		write(folder.resolve("debt-acknowledgment-form.docx"), debtAcknowledgmentForm());
		write(folder.resolve("liability-acknowledgment-form.docx"), liabilityAcknowledgmentForm());
	}

	static void write(Path file, XWPFDocument document) throws IOException {
		try (document; OutputStream out = Files.newOutputStream(file)) {
			document.write(out);
		}
	}

	static XWPFDocument demandLetter() {
		XWPFDocument d = officialLetter("ขอให้ชำระหนี้เงินกู้กองทุนพัฒนาบทบาทสตรี (บอกกล่าวทวงถาม)",
				"สัญญากู้ยืมเงินกองทุนพัฒนาบทบาทสตรี เลขที่ {{contractNumber}} ลงวันที่ {{contractDate}}");
		body(d, "ตามที่ท่านในฐานะ{{recipientRole}} ได้ทำสัญญากู้ยืมเงินกองทุนพัฒนาบทบาทสตรีตามที่อ้างถึง"
				+ " สำหรับโครงการ{{projectName}} (รหัสโครงการ {{projectCode}}) ของ{{groupName}}"
				+ " โดยมี {{borrowerName}} เป็นผู้กู้/ผู้แทนกลุ่ม และ {{guarantorNames}} เป็นผู้ค้ำประกัน"
				+ " จำนวนเงินกู้ {{contractAmount}} บาท ({{contractAmountText}}) นั้น");
		body(d, "บัดนี้ ปรากฏว่า ณ วันที่ {{asOfDate}} ยังมีเงินกู้ที่ถึงกำหนดชำระแล้วแต่ยังไม่ได้ชำระ จำนวน"
				+ " {{overdueAmount}} บาท ({{overdueAmountText}}) และมียอดหนี้คงเหลือตามสัญญาทั้งสิ้น"
				+ " {{outstandingAmount}} บาท ({{outstandingAmountText}}) ทั้งนี้ สิทธิเรียกร้องตามสัญญาจะครบอายุความ"
				+ " ในวันที่ {{limitationEndsOn}}");
		body(d, "จึงขอให้ท่านนำเงินที่ค้างชำระดังกล่าวไปชำระ ณ {{officeName}} หรือสำนักงานพัฒนาชุมชน{{districtName}}"
				+ " ภายใน ๓๐ วัน นับแต่วันที่ได้รับหนังสือฉบับนี้ หากพ้นกำหนดแล้วท่านยังเพิกเฉย"
				+ " กองทุนพัฒนาบทบาทสตรีมีความจำเป็นต้องดำเนินการตามกฎหมายต่อไป");
		body(d, "จึงเรียนมาเพื่อโปรดดำเนินการ");
		closing(d);
		return d;
	}

	static XWPFDocument acknowledgmentInvitation() {
		XWPFDocument d = officialLetter("ขอเชิญลงนามในหนังสือรับสภาพหนี้/หนังสือรับสภาพความผิด",
				"สัญญากู้ยืมเงินกองทุนพัฒนาบทบาทสตรี เลขที่ {{contractNumber}} ลงวันที่ {{contractDate}}");
		body(d, "ตามที่ท่านในฐานะ{{recipientRole}} ได้ทำสัญญากู้ยืมเงินกองทุนพัฒนาบทบาทสตรีตามที่อ้างถึง"
				+ " สำหรับโครงการ{{projectName}} (รหัสโครงการ {{projectCode}}) จำนวนเงินกู้ {{contractAmount}} บาท"
				+ " ({{contractAmountText}}) นั้น");
		body(d, "ณ วันที่ {{asOfDate}} ยังมียอดหนี้คงเหลือตามสัญญา {{outstandingAmount}} บาท"
				+ " ({{outstandingAmountText}}) ซึ่งในจำนวนนี้ถึงกำหนดชำระแล้ว {{overdueAmount}} บาท"
				+ " ({{overdueAmountText}}) และสิทธิเรียกร้องจะครบอายุความในวันที่ {{limitationEndsOn}}"
				+ " เพื่อรักษาสิทธิของกองทุนและให้ท่านได้รับสิทธิตามมาตรการช่วยเหลือลูกหนี้");
		body(d, "จึงขอเชิญท่านมาลงนามในหนังสือรับสภาพหนี้ (หรือหนังสือรับสภาพความผิด สำหรับผู้ค้ำประกัน)"
				+ " ณ {{officeName}} หรือสำนักงานพัฒนาชุมชน{{districtName}} ภายในวันที่ ........................"
				+ " โดยนำบัตรประจำตัวประชาชนมาด้วย");
		body(d, "จึงเรียนมาเพื่อโปรดทราบและดำเนินการ");
		closing(d);
		return d;
	}

	static XWPFDocument mediationInvitation() {
		XWPFDocument d = officialLetter("ขอเชิญเข้าร่วมการไกล่เกลี่ยข้อพิพาทก่อนฟ้อง",
				"สัญญากู้ยืมเงินกองทุนพัฒนาบทบาทสตรี เลขที่ {{contractNumber}} ลงวันที่ {{contractDate}}");
		body(d, "ตามที่ท่านในฐานะ{{recipientRole}} ได้ทำสัญญากู้ยืมเงินกองทุนพัฒนาบทบาทสตรีตามที่อ้างถึง"
				+ " สำหรับโครงการ{{projectName}} (รหัสโครงการ {{projectCode}}) และ ณ วันที่ {{asOfDate}}"
				+ " ยังมีเงินที่ค้างชำระ {{overdueAmount}} บาท ({{overdueAmountText}})"
				+ " ยอดหนี้คงเหลือ {{outstandingAmount}} บาท ({{outstandingAmountText}}) นั้น");
		body(d, "กองทุนพัฒนาบทบาทสตรีประสงค์จะระงับข้อพิพาทโดยการไกล่เกลี่ยก่อนฟ้อง ซึ่ง{{courtName}}"
				+ " ได้นัดไกล่เกลี่ยในวันที่ {{hearingDate}} เวลา {{hearingTime}} น. ณ {{courtName}} {{courtAddress}}");
		body(d, "จึงขอเชิญท่านไปตามวันและเวลาดังกล่าว โดยนำบัตรประจำตัวประชาชนและหลักฐานการชำระเงิน (ถ้ามี) ไปด้วย"
				+ " การไกล่เกลี่ยไม่มีค่าใช้จ่าย และท่านอาจตกลงผ่อนชำระตามความสามารถได้");
		body(d, "จึงเรียนมาเพื่อโปรดทราบและไปตามนัด");
		closing(d);
		return d;
	}

	static XWPFDocument debtAcknowledgmentForm() {
		XWPFDocument d = a4();
		paragraph(d, ParagraphAlignment.CENTER, 0, 0, true, "หนังสือรับสภาพหนี้");
		paragraph(d, ParagraphAlignment.LEFT, 7 * CM, 0, false, "ทำที่ {{officeName}}");
		paragraph(d, ParagraphAlignment.LEFT, 7 * CM, 0, false, "วันที่ {{letterDate}}");
		blank(d);
		body(d, "ข้าพเจ้า {{recipientName}} ที่อยู่ {{recipientAddress}} ในฐานะ{{recipientRole}}"
				+ " ตามสัญญากู้ยืมเงินกองทุนพัฒนาบทบาทสตรี เลขที่ {{contractNumber}} ลงวันที่ {{contractDate}}"
				+ " สำหรับโครงการ{{projectName}} (รหัสโครงการ {{projectCode}}) จำนวนเงินกู้ {{contractAmount}} บาท"
				+ " ({{contractAmountText}})");
		body(d, "ขอทำหนังสือฉบับนี้ไว้ต่อกองทุนพัฒนาบทบาทสตรีเพื่อรับสภาพหนี้ว่า ณ วันที่ {{asOfDate}} ข้าพเจ้ายังเป็นหนี้"
				+ " กองทุนพัฒนาบทบาทสตรีตามสัญญาดังกล่าวจริง เป็นเงินทั้งสิ้น {{outstandingAmount}} บาท"
				+ " ({{outstandingAmountText}}) ซึ่งในจำนวนนี้ถึงกำหนดชำระแล้ว {{overdueAmount}} บาท"
				+ " ({{overdueAmountText}}) และข้าพเจ้าจะชำระหนี้ดังกล่าวให้แก่กองทุนจนครบถ้วน");
		body(d, "ข้าพเจ้าได้อ่านและเข้าใจข้อความในหนังสือนี้โดยตลอดแล้ว จึงลงลายมือชื่อไว้เป็นสำคัญต่อหน้าพยาน");
		blank(d);
		for (String who : List.of("ผู้รับสภาพหนี้", "พยาน", "พยาน")) {
			paragraph(d, ParagraphAlignment.LEFT, 5 * CM, 0, false, "ลงชื่อ ................................ " + who);
			paragraph(d, ParagraphAlignment.LEFT, 5 * CM, 0, false,
					"พยาน".equals(who) ? "      (........................................)" : "      ({{recipientName}})");
			blank(d);
		}
		return d;
	}

	static XWPFDocument liabilityAcknowledgmentForm() {
		XWPFDocument d = a4();
		paragraph(d, ParagraphAlignment.CENTER, 0, 0, true, "หนังสือรับสภาพความผิด");
		paragraph(d, ParagraphAlignment.CENTER, 0, 0, false, "(สำหรับผู้ค้ำประกัน)");
		paragraph(d, ParagraphAlignment.LEFT, 7 * CM, 0, false, "ทำที่ {{officeName}}");
		paragraph(d, ParagraphAlignment.LEFT, 7 * CM, 0, false, "วันที่ {{letterDate}}");
		blank(d);
		body(d, "ข้าพเจ้า {{recipientName}} ที่อยู่ {{recipientAddress}} ในฐานะ{{recipientRole}}"
				+ " ของ {{borrowerName}} ผู้กู้/ผู้แทนกลุ่ม ตามสัญญากู้ยืมเงินกองทุนพัฒนาบทบาทสตรี เลขที่ {{contractNumber}}"
				+ " ลงวันที่ {{contractDate}} สำหรับโครงการ{{projectName}} (รหัสโครงการ {{projectCode}})"
				+ " จำนวนเงินกู้ {{contractAmount}} บาท ({{contractAmountText}})");
		body(d, "ขอทำหนังสือฉบับนี้ไว้ต่อกองทุนพัฒนาบทบาทสตรีเพื่อรับว่า ข้าพเจ้ายังคงต้องรับผิดในฐานะผู้ค้ำประกัน"
				+ " สำหรับหนี้ตามสัญญาดังกล่าว ซึ่ง ณ วันที่ {{asOfDate}} มียอดหนี้คงเหลือ {{outstandingAmount}} บาท"
				+ " ({{outstandingAmountText}}) ในจำนวนนี้ถึงกำหนดชำระแล้ว {{overdueAmount}} บาท ({{overdueAmountText}})");
		body(d, "ข้าพเจ้าได้อ่านและเข้าใจข้อความในหนังสือนี้โดยตลอดแล้ว จึงลงลายมือชื่อไว้เป็นสำคัญต่อหน้าพยาน");
		blank(d);
		for (String who : List.of("ผู้ค้ำประกัน", "พยาน", "พยาน")) {
			paragraph(d, ParagraphAlignment.LEFT, 5 * CM, 0, false, "ลงชื่อ ................................ " + who);
			paragraph(d, ParagraphAlignment.LEFT, 5 * CM, 0, false,
					"พยาน".equals(who) ? "      (........................................)" : "      ({{recipientName}})");
			blank(d);
		}
		return d;
	}

	/** The head of a หนังสือภายนอก: emblem, number and office, date, subject, addressee, reference. */
	static XWPFDocument officialLetter(String subject, String reference) {
		XWPFDocument d = a4();
		XWPFParagraph emblem = paragraph(d, ParagraphAlignment.CENTER, 0, 0, false, "");
		XWPFRun garuda = run(emblem, "[ ตราครุฑ ]", false);
		garuda.setColor("808080");
		XWPFParagraph head = paragraph(d, ParagraphAlignment.LEFT, 0, 0, false, "");
		org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop tab = head.getCTP().getPPr().addNewTabs().addNewTab();
		tab.setVal(STTabJc.LEFT);
		tab.setPos(BigInteger.valueOf(8L * CM));
		// a long office name wraps under itself, not under the number
		head.setIndentationLeft(8 * CM);
		head.setIndentationHanging(8 * CM);
		run(head, "ที่ พช ......../........", false);
		run(head, "", false).addTab();
		run(head, "{{officeName}}", false);
		paragraph(d, ParagraphAlignment.LEFT, 8 * CM, 0, false, "........................................");
		blank(d);
		paragraph(d, ParagraphAlignment.LEFT, 7 * CM, 0, false, "{{letterDate}}");
		blank(d);
		paragraph(d, ParagraphAlignment.LEFT, 0, 0, false, "เรื่อง  " + subject);
		paragraph(d, ParagraphAlignment.LEFT, 0, 0, false, "เรียน  {{recipientName}}");
		paragraph(d, ParagraphAlignment.LEFT, 0, 0, false, "         ที่อยู่ {{recipientAddress}}");
		paragraph(d, ParagraphAlignment.LEFT, 0, 0, false, "อ้างถึง  " + reference);
		blank(d);
		return d;
	}

	static void closing(XWPFDocument d) {
		blank(d);
		paragraph(d, ParagraphAlignment.LEFT, 7 * CM, 0, false, "ขอแสดงความนับถือ");
		blank(d);
		blank(d);
		paragraph(d, ParagraphAlignment.LEFT, 6 * CM, 0, false, "(........................................)");
		paragraph(d, ParagraphAlignment.LEFT, 6 * CM, 0, false, "พัฒนาการ{{provinceName}}");
		paragraph(d, ParagraphAlignment.LEFT, 6 * CM, 0, false, "ผู้จัดการกองทุนพัฒนาบทบาทสตรี{{provinceName}}");
		blank(d);
		paragraph(d, ParagraphAlignment.LEFT, 0, 0, false, "{{officeName}}");
		paragraph(d, ParagraphAlignment.LEFT, 0, 0, false, "กลุ่มงานส่งเสริมและพัฒนาทุนชุมชน");
		paragraph(d, ParagraphAlignment.LEFT, 0, 0, false, "โทร. ........................");
	}

	static XWPFDocument a4() {
		XWPFDocument d = new XWPFDocument();
		// the document's defaults too, so text a filled field splits off keeps the font and size
		CTStyles styles = CTStyles.Factory.newInstance();
		CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
		CTFonts fonts = defaults.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		defaults.addNewSz().setVal(BigInteger.valueOf(32));
		defaults.addNewSzCs().setVal(BigInteger.valueOf(32));
		defaults.addNewLang().setBidi("th-TH");
		d.createStyles().setStyles(styles);
		CTSectPr section = d.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margin = section.addNewPgMar();
		margin.setTop(BigInteger.valueOf(Math.round(2.5 * CM)));
		margin.setBottom(BigInteger.valueOf(2 * CM));
		margin.setLeft(BigInteger.valueOf(3 * CM));
		margin.setRight(BigInteger.valueOf(2 * CM));
		return d;
	}

	/** A body paragraph: justified, first line indented 2.5 cm, as the สารบรรณ rules lay out. */
	static void body(XWPFDocument d, String text) {
		paragraph(d, ParagraphAlignment.THAI_DISTRIBUTE, 0, (int) Math.round(2.5 * CM), false, text);
	}

	static void blank(XWPFDocument d) {
		paragraph(d, ParagraphAlignment.LEFT, 0, 0, false, "");
	}

	static XWPFParagraph paragraph(XWPFDocument d, ParagraphAlignment align, int left, int firstLine, boolean bold,
			String text) {
		XWPFParagraph p = d.createParagraph();
		p.setAlignment(align);
		p.setSpacingAfter(0);
		p.setSpacingBefore(0);
		if (left > 0) {
			p.setIndentationLeft(left);
		}
		if (firstLine > 0) {
			p.setIndentationFirstLine(firstLine);
		}
		if (!text.isEmpty()) {
			run(p, text, bold);
		}
		else {
			run(p, "", bold);
		}
		return p;
	}

	/** One run in TH Sarabun New 16 pt for Latin and Thai (complex script) text alike. */
	static XWPFRun run(XWPFParagraph p, String text, boolean bold) {
		XWPFRun r = p.createRun();
		r.setText(text);
		r.setFontFamily(FONT, FontCharRange.ascii);
		r.setFontFamily(FONT, FontCharRange.hAnsi);
		r.setFontFamily(FONT, FontCharRange.cs);
		r.setFontFamily(FONT, FontCharRange.eastAsia);
		r.setFontSize(16);
		CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
		rpr.addNewSzCs().setVal(BigInteger.valueOf(32));
		rpr.addNewLang().setBidi("th-TH");
		if (bold) {
			r.setBold(true);
			rpr.addNewBCs();
		}
		return r;
	}

}
