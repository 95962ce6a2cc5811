package th.go.cdd.fastdata.womenfund.map;

import java.math.BigDecimal;
import java.math.RoundingMode;

import th.go.cdd.fastdata.thai.ThailandBox;

/**
 * A point in decimal degrees (WGS 84) inside Thailand's bounding box ({@link ThailandBox}), kept to 6 decimals
 * (about 10 cm). A point outside the box is refused: it is nearly always latitude and longitude
 * swapped, or a pin dropped in the wrong place.
 */
record Coordinates(BigDecimal latitude, BigDecimal longitude) {

	static final String OUTSIDE_THAILAND = ThailandBox.OUTSIDE;

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
		return ThailandBox.contains(latitude, longitude);
	}

	/** A coordinate refused, with the Thai reason. */
	static class OutsideThailand extends RuntimeException {

		OutsideThailand(String message) {
			super(message);
		}

	}

}
