package th.go.cdd.fastdata.womenfund.map;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The map's points as CSV, UTF-8 with a byte-order mark so that Excel shows Thai. */
final class CsvExport {

	static final String[] HEADER = { "รหัสโครงการ", "ชื่อโครงการ", "กลุ่ม", "อำเภอ", "ตำบล", "ปีงบประมาณ", "กลุ่มสถานะ",
			"ยอดค้างชำระ", "ละติจูด", "ลองจิจูด", "ความแม่นยำ (เมตร)", "วิธีระบุตำแหน่ง", "ทางไปบ้าน", "บันทึกเมื่อ (UTC)",
			"นำทาง" };

	private CsvExport() {
	}

	static void write(List<MapFeatures.Feature> features, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
			for (MapFeatures.Feature f : features) {
				MapPoint p = f.point();
				csv.printRecord(p.code(), p.name(), p.groupName(), f.district(), f.subdistrict(), p.fiscalYear(),
						f.groupLabel(), p.overdueAmount() == null ? null : p.overdueAmount().toPlainString(),
						p.latitude().toPlainString(), p.longitude().toPlainString(), p.accuracyMetres(),
						p.method().label(), p.note(), p.recordedAt().toString(), f.directionsUrl());
			}
		}
	}

}
