package th.go.cdd.fastdata.thai;

/**
 * Thailand's bounding box in decimal degrees (WGS 84), the one check every form, import and phone
 * record of a location uses. The country reaches from 5.61 °N (Betong) to 20.46 °N (Mae Sai) and
 * from 97.34 °E to 105.64 °E; the box adds a margin of a few kilometres for a GPS fix at a border.
 * A point outside it is nearly always latitude and longitude swapped, or a pin dropped in the
 * wrong place.
 */
public final class ThailandBox {

	public static final double MIN_LATITUDE = 5.5;

	public static final double MAX_LATITUDE = 20.5;

	public static final double MIN_LONGITUDE = 97.3;

	public static final double MAX_LONGITUDE = 105.7;

	/** The Thai reason given for a point outside, naming the box and the likely mistake. */
	public static final String OUTSIDE = "พิกัดอยู่นอกประเทศไทย (ละติจูดต้องอยู่ระหว่าง 5.5 ถึง 20.5 และลองจิจูดระหว่าง 97.3 ถึง 105.7)"
			+ " โปรดตรวจว่าไม่ได้สลับละติจูดกับลองจิจูด";

	private ThailandBox() {
	}

	public static boolean contains(double latitude, double longitude) {
		return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE && longitude >= MIN_LONGITUDE
				&& longitude <= MAX_LONGITUDE;
	}

	public static boolean latitudeInside(double latitude) {
		return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE;
	}

	public static boolean longitudeInside(double longitude) {
		return longitude >= MIN_LONGITUDE && longitude <= MAX_LONGITUDE;
	}

}
