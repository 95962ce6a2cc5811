package th.go.cdd.fastdata.womenfund.map;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A point in decimal degrees (WGS 84) inside Thailand's bounding box, kept to 6 decimals
 * (about 10 cm). A point outside the box is refused: it is nearly always latitude and longitude
 * swapped, or a pin dropped in the wrong place.
 */
record Coordinates(BigDecimal latitude, BigDecimal longitude) {

	static final double MIN_LATITUDE = 5.0;

	static final double MAX_LATITUDE = 21.0;

	static final double MIN_LONGITUDE = 97.0;

	static final double MAX_LONGITUDE = 106.0;

	static final String OUTSIDE_THAILAND = "พิกัดอยู่นอกประเทศไทย (ละติจูดต้องอยู่ระหว่าง 5 ถึง 21 และลองจิจูดระหว่าง 97 ถึง 106)"
			+ " โปรดตรวจว่าไม่ได้สลับละติจูดกับลองจิจูด";

	Coordinates {
		if (latitude == null || longitude == null) {
			throw new OutsideThailand("กรุณาระบุทั้งละติจูดและลองจิจูด");
		}
		if (!inThailand(latitude.doubleValue(), longitude.doubleValue())) {
			throw new OutsideThailand(OUTSIDE_THAILAND);
		}
		latitude = latitude.setScale(6, RoundingMode.HALF_UP);
		longitude = longitude.setScale(6, RoundingMode.HALF_UP);
	}

	static Coordinates of(double latitude, double longitude) {
		return new Coordinates(BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude));
	}

	static boolean inThailand(double latitude, double longitude) {
		return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE && longitude >= MIN_LONGITUDE
				&& longitude <= MAX_LONGITUDE;
	}

	/** A coordinate refused, with the Thai reason. */
	static class OutsideThailand extends RuntimeException {

		OutsideThailand(String message) {
			super(message);
		}

	}

}
