package th.go.cdd.fastdata.womenfund.map;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * The map's points as KML 2.2 (Google Earth, Google My Maps, QGIS): one placemark per project, named
 * by its code so that an import here matches it back, styled by status group.
 */
final class KmlExport {

	static final String KML = "http://www.opengis.net/kml/2.2";

	private KmlExport() {
	}

	/** KML colours are aabbggrr. */
	static String colour(StatusGroup group) {
		if (group == null) {
			return "ff808080";
		}
		return switch (group) {
			case TIME_BARRED -> "ff0d0a5c";
			case CONTRACT_ENDED -> "ff1e26b3";
			case OVERDUE -> "ff0087e0";
			case NORMAL -> "ff3a6b1d";
			case SETTLED -> "ff8a8a8a";
		};
	}

	static void write(List<MapFeatures.Feature> features, OutputStream out) throws IOException {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("kml");
			xml.writeDefaultNamespace(KML);
			xml.writeStartElement("Document");
			element(xml, "name", "แผนที่ลูกหนี้กองทุนพัฒนาบทบาทสตรี");
			for (StatusGroup group : StatusGroup.values()) {
				xml.writeStartElement("Style");
				xml.writeAttribute("id", group.name());
				xml.writeStartElement("IconStyle");
				element(xml, "color", colour(group));
				xml.writeEndElement();
				xml.writeEndElement();
			}
			for (MapFeatures.Feature f : features) {
				MapPoint p = f.point();
				xml.writeStartElement("Placemark");
				element(xml, "name", p.code() + " " + p.name());
				StringBuilder description = new StringBuilder();
				description.append(p.groupName() == null ? "" : p.groupName() + "\n")
					.append(f.groupLabel())
					.append(f.nextAction() == null ? "" : " · ควรทำ: " + f.nextAction())
					.append('\n')
					.append(f.subdistrict() == null ? "" : f.subdistrict() + " ")
					.append(f.district() == null ? "" : f.district())
					.append(p.note() == null ? "" : "\nทางไปบ้าน: " + p.note());
				element(xml, "description", description.toString());
				if (p.group() != null) {
					element(xml, "styleUrl", "#" + p.group().name());
				}
				xml.writeStartElement("Point");
				element(xml, "coordinates", p.longitude().toPlainString() + "," + p.latitude().toPlainString() + ",0");
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IOException("KML not written", ex);
		}
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
