package th.go.cdd.fastdata.womenfund.map;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The pins of a KML file or a KMZ archive (a Google My Maps export): each placemark's name, its
 * description and data fields as plain text, and its point. The file's content decides what it is
 * (a ZIP is a KMZ), not its name; the XML parser reads no DTD and no external entity.
 */
final class KmlPins {

	/** Uncompressed size of the KML inside a KMZ, against ZIP bombs. */
	static final long MAX_KML_BYTES = 50L * 1024 * 1024;

	static final String NOT_KML = "ไฟล์นี้ไม่ใช่ KML หรือ KMZ (ส่งออกจาก Google My Maps: เมนู ⋮ → ส่งออกเป็น KML/KMZ)";

	private KmlPins() {
	}

	/** A placemark: {@code latitude}/{@code longitude} empty when it is not a point (a line, an area). */
	record Pin(int number, String name, String text, Double latitude, Double longitude) implements java.io.Serializable {
	}

	static class NotKml extends RuntimeException {

		NotKml(String message) {
			super(message);
		}

	}

	static List<Pin> read(byte[] content) {
		byte[] kml = isZip(content) ? kmlInside(content) : content;
		Document document;
		try {
			document = parser().parse(new ByteArrayInputStream(kml));
		}
		catch (SAXException | IOException ex) {
			throw new NotKml(NOT_KML);
		}
		Element root = document.getDocumentElement();
		if (root == null || !"kml".equals(root.getLocalName())) {
			throw new NotKml(NOT_KML);
		}
		NodeList placemarks = document.getElementsByTagNameNS("*", "Placemark");
		List<Pin> pins = new ArrayList<>(placemarks.getLength());
		for (int i = 0; i < placemarks.getLength(); i++) {
			Element placemark = (Element) placemarks.item(i);
			String name = text(child(placemark, "name"));
			StringBuilder all = new StringBuilder();
			all.append(plain(text(child(placemark, "description"))));
			NodeList values = placemark.getElementsByTagNameNS("*", "value");
			for (int v = 0; v < values.getLength(); v++) {
				all.append(' ').append(plain(values.item(v).getTextContent()));
			}
			NodeList simple = placemark.getElementsByTagNameNS("*", "SimpleData");
			for (int v = 0; v < simple.getLength(); v++) {
				all.append(' ').append(plain(simple.item(v).getTextContent()));
			}
			Double latitude = null;
			Double longitude = null;
			NodeList points = placemark.getElementsByTagNameNS("*", "Point");
			if (points.getLength() == 1) {
				String coordinates = text(child((Element) points.item(0), "coordinates"));
				String[] parts = coordinates == null ? new String[0] : coordinates.strip().split("\\s*,\\s*");
				if (parts.length >= 2) {
					try {
						longitude = Double.valueOf(parts[0]);
						latitude = Double.valueOf(parts[1]);
					}
					catch (NumberFormatException ex) {
						latitude = null;
						longitude = null;
					}
				}
			}
			pins.add(new Pin(i + 1, name == null ? "" : name.strip(), all.toString().strip(), latitude, longitude));
		}
		return pins;
	}

	private static boolean isZip(byte[] content) {
		return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	/** The first .kml file in the archive (My Maps names it doc.kml), read up to the size limit. */
	private static byte[] kmlInside(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (!entry.isDirectory() && entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".kml")) {
					return limited(zip);
				}
			}
		}
		catch (IOException ex) {
			throw new NotKml(NOT_KML);
		}
		throw new NotKml("ไฟล์ KMZ นี้ไม่มีไฟล์ KML อยู่ข้างใน");
	}

	private static byte[] limited(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		long total = 0;
		int n;
		while ((n = in.read(buffer)) > 0) {
			total += n;
			if (total > MAX_KML_BYTES) {
				throw new NotKml("ไฟล์ KML ใน KMZ ใหญ่เกิน 50 MB");
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	private static DocumentBuilder parser() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Element child(Element parent, String localName) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && localName.equals(element.getLocalName())) {
				return element;
			}
		}
		return null;
	}

	private static String text(Element element) {
		return element == null ? null : element.getTextContent();
	}

	/** Description HTML (My Maps writes {@code <br>}) as plain words. */
	static String plain(String html) {
		if (html == null) {
			return "";
		}
		return html.replaceAll("(?i)<br\\s*/?>", " ").replaceAll("<[^>]*>", " ").replace("&nbsp;", " ")
			.replaceAll("\\s+", " ")
			.strip();
	}

}
