package th.go.cdd.fastdata.womenfund.visit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * Debtors who cannot be traced (ลูกหนี้ที่ติดตามตัวไม่ได้, handbook §5.3), per district, on a page and as
 * CSV for the file that goes to the public prosecutor. Both are logged (names of debtors).
 */
@Controller
class UntraceableController {

	private final CurrentUsers currentUsers;

	private final UntraceableDebtors untraceable;

	private final OrganisationDirectory directory;

	private final AuditLog audit;

	UntraceableController(CurrentUsers currentUsers, UntraceableDebtors untraceable, OrganisationDirectory directory,
			AuditLog audit) {
		this.currentUsers = currentUsers;
		this.untraceable = untraceable;
		this.directory = directory;
		this.audit = audit;
	}

	@GetMapping("/womenfund/visits/untraceable")
	String list(@RequestParam(required = false) Long districtId, Model model) {
		var scope = this.currentUsers.scope();
		List<UntraceableDebtors.Untraceable> rows = this.untraceable.of(scope, districtId, UntraceableDebtors.SHOWN);
		model.addAttribute("shown", UntraceableDebtors.SHOWN);
		this.audit.viewed(VisitRecords.RECORD_TYPE, null, "เปิดดูรายชื่อลูกหนี้ที่ติดตามตัวไม่ได้ (" + rows.size() + " โครงการ)");
		model.addAttribute("rows", rows);
		model.addAttribute("districts", this.directory.districtsIn(scope));
		model.addAttribute("districtId", districtId);
		return "womenfund/visit/untraceable";
	}

	@GetMapping("/womenfund/visits/untraceable.csv")
	void export(@RequestParam(required = false) Long districtId, HttpServletResponse response) throws IOException {
		List<UntraceableDebtors.Untraceable> rows = this.untraceable.of(this.currentUsers.scope(), districtId);
		this.audit.exported(VisitRecords.RECORD_TYPE, "ส่งออกรายชื่อลูกหนี้ที่ติดตามตัวไม่ได้ (" + rows.size() + " โครงการ)");
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"untraceable-debtors.csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		// a byte-order mark, so Excel reads the Thai text as UTF-8
		writer.write('\ufeff');
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
			.setHeader("อำเภอ", "หมู่บ้าน/ตำบล", "รหัส LM", "โครงการ", "ผู้กู้", "กลุ่มสถานะ", "ยอดคงเหลือ", "ครบอายุความ",
					"เยี่ยมล่าสุด", "ผล", "จำนวนครั้งที่ไม่พบตัว", "บันทึก", "ผู้บันทึก")
			.get())) {
			for (UntraceableDebtors.Untraceable u : rows) {
				csv.printRecord(u.district(), u.place(), u.code(), u.name(), u.borrower(),
						u.group() == null ? "" : u.group().label(), u.outstanding(),
						ThaiDates.shortDate(u.limitationEndsOn()), ThaiDates.shortDate(u.lastVisitOn()),
						u.outcome().label(), u.attempts(), u.notes(), u.recordedBy());
			}
		}
	}

}
