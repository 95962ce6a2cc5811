package th.go.cdd.fastdata.womenfund.map;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the pins of a Google My Maps export, and what is refused. */
class KmlPinsTests {

	@Test
	void readsPointsNamesDescriptionsAndDataOfAKmlWithOrWithoutNamespace() {
		List<KmlPins.Pin> pins = KmlPins.read("""
				<kml><Document><Folder>
				<Placemark><name>บ้านป้าศรี</name><description>LM-83-2565-0001&lt;br&gt;หลังร้านค้า</description>
				<Point><coordinates> 98.30,7.91,0 </coordinates></Point></Placemark>
				<Placemark><name>ถนน</name><LineString><coordinates>98.3,7.9 98.4,7.95</coordinates></LineString></Placemark>
				</Folder></Document></kml>""".getBytes(StandardCharsets.UTF_8));
		assertThat(pins).hasSize(2);
		assertThat(pins.get(0).name()).isEqualTo("บ้านป้าศรี");
		assertThat(pins.get(0).text()).isEqualTo("LM-83-2565-0001 หลังร้านค้า");
		assertThat(pins.get(0).latitude()).isEqualTo(7.91);
		assertThat(pins.get(0).longitude()).isEqualTo(98.30);
		assertThat(pins.get(1).latitude()).isNull();
	}

	@Test
	void refusesADoctypeSoNoEntityIsEverRead() {
		byte[] xxe = """
				<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
				<kml><Placemark><name>&x;</name><Point><coordinates>98.3,7.9</coordinates></Point></Placemark></kml>"""
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> KmlPins.read(xxe)).isInstanceOf(KmlPins.NotKml.class).hasMessageContaining("ไม่ใช่ KML");
	}

	@Test
	void refusesXmlThatIsNotKmlAndAZipWithoutKml() throws Exception {
		assertThatThrownBy(() -> KmlPins.read("<html><body/></html>".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("ไม่ใช่ KML");
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("photo.jpg"));
			zip.write(new byte[] { 1, 2, 3 });
		}
		assertThatThrownBy(() -> KmlPins.read(bytes.toByteArray())).hasMessageContaining("ไม่มีไฟล์ KML");
	}

}
