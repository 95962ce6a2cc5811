package th.go.cdd.fastdata.womenfund.map;

/** How a location was set (วิธีระบุตำแหน่ง). */
public enum LocationMethod {

	/** The phone's position from the browser's geolocation, with its accuracy in metres. */
	GPS("GPS โทรศัพท์"),
	/** A click (or tap) on the map. */
	MAP_CLICK("คลิกบนแผนที่"),
	/** Coordinates typed in, e.g. read off another map application. */
	TYPED("พิมพ์พิกัด"),
	/** A pin of an old Google My Maps export (KML/KMZ). */
	KML_IMPORT("นำเข้าจาก KML/KMZ"),
	/** Coordinates typed on the borrower's record (the person form, or before the map kept a history). */
	PERSON_RECORD("จากข้อมูลบุคคล");

	private final String label;

	LocationMethod(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
