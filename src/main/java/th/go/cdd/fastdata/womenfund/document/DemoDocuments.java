package th.go.cdd.fastdata.womenfund.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Demo project files: small generated PDFs and phone-like photos on some of the demo projects, so
 * that the project page shows documents with versions and the missing list has both kinds of
 * project. Loaded with the other demo data (never under {@code production}), after the registry
 * (order 30), only while no document exists.
 */
@Component
@Profile("!production")
@ConditionalOnBooleanProperty("fastdata.demo-data.enabled")
class DemoDocuments implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

	/** The newest projects of each district get files; the rest show what a migration still lacks. */
	static final int PROJECTS = 60;

	static final String UPLOADER = "demo";

	private final JdbcTemplate jdbc;

	private final DocumentStore store;

	private final List<Object[]> rows = new java.util.ArrayList<>();

	DemoDocuments(JdbcTemplate jdbc, DocumentStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	@Override
	public int getOrder() {
		return 35;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Long existing = this.jdbc.queryForObject("select count(*) from wf_document", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		long started = System.nanoTime();
		this.rows.clear();
		List<Object[]> projects = this.jdbc.query(
				"select id, code from wf_project order by fiscal_year desc, id limit ?",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getString(2) }, PROJECTS);
		int files = 0;
		for (int i = 0; i < projects.size(); i++) {
			Long id = (Long) projects.get(i)[0];
			String code = (String) projects.get(i)[1];
			switch (i % 4) {
				case 0 -> {
					// nothing yet: the whole file is missing
				}
				case 1 -> {
					files += add(id, code, "PROPOSAL", 1, pdf(code, "PROPOSAL", 1), "proposal.pdf", null);
					files += add(id, code, "LOAN_CONTRACT", 1, pdf(code, "LOAN_CONTRACT", 1), "loan-contract.pdf", null);
					files += add(id, code, "GUARANTEE_CONTRACT", 1, pdf(code, "GUARANTEE_CONTRACT", 1),
							"guarantee.pdf", "ฉบับสแกนจาก Google Drive เดิม");
					files += add(id, code, "GUARANTEE_CONTRACT", 2, pdf(code, "GUARANTEE_CONTRACT", 2),
							"guarantee-signed.pdf", "ฉบับที่ผู้ค้ำลงนามครบแล้ว");
				}
				case 2 -> {
					files += add(id, code, "PROPOSAL", 1, pdf(code, "PROPOSAL", 1), "proposal.pdf", null);
					files += add(id, code, "LOAN_CONTRACT", 1, pdf(code, "LOAN_CONTRACT", 1), "loan-contract.pdf", null);
					files += add(id, code, "DEBT_ACKNOWLEDGMENT", 1, photo(code), "IMG_2041.png",
							"ถ่ายจากโทรศัพท์ตอนลงพื้นที่");
				}
				default -> files += add(id, code, "PROPOSAL", 1, pdf(code, "PROPOSAL", 1), "proposal.pdf", null);
			}
		}
		this.jdbc.batchUpdate("insert into wf_document (project_id, type_code, version, file_name, content_type,"
				+ " size_bytes, sha256, storage_key, note, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				this.rows);
		log.info("Demo data: {} project documents on {} projects in {} ms, kept in the {}", files, projects.size(),
				(System.nanoTime() - started) / 1_000_000, this.store.describe());
	}

	private int add(Long projectId, String code, String type, int version, byte[] bytes, String name, String note)
			throws IOException {
		String contentType = name.endsWith(".png") ? "image/png" : "application/pdf";
		java.nio.file.Path temp = java.nio.file.Files.write(java.nio.file.Files.createTempFile("fastdata-demo-", ".doc"),
				bytes);
		try {
			String key = DocumentStore.newKey("doc");
			this.store.put(key, temp, contentType);
			this.rows.add(new Object[] { projectId, type, version, code + "-" + name, contentType, (long) bytes.length,
					java.util.HexFormat.of().formatHex(FileCheck.sha256().digest(bytes)), key, note, UPLOADER,
					java.sql.Timestamp.from(java.time.Instant.now()) });
			return 1;
		}
		finally {
			java.nio.file.Files.deleteIfExists(temp);
		}
	}

	/** A one-page A5 PDF naming the project and the kind (Latin text: the core fonts have no Thai). */
	static byte[] pdf(String code, String type, int version) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A5);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("Fast Data - demo document"));
		document.add(new Paragraph("Project " + code));
		document.add(new Paragraph(type + ", version " + version));
		document.close();
		return out.toByteArray();
	}

	/** A small grey "photo" of a paper, as a phone would send it. */
	static byte[] photo(String code) throws IOException {
		BufferedImage image = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(235, 232, 225));
		g.fillRect(0, 0, 240, 320);
		g.setColor(Color.DARK_GRAY);
		for (int y = 60; y < 300; y += 18) {
			g.drawLine(20, y, 220, y);
		}
		g.drawString(code, 20, 40);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
