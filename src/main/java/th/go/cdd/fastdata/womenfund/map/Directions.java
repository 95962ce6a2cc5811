package th.go.cdd.fastdata.womenfund.map;

import java.math.BigDecimal;

/** Links that open turn-by-turn directions to a point: nothing is loaded from them until tapped. */
final class Directions {

	private Directions() {
	}

	static String googleMaps(BigDecimal latitude, BigDecimal longitude) {
		return "https://www.google.com/maps/dir/?api=1&destination=" + latitude.toPlainString() + ","
				+ longitude.toPlainString();
	}

	static String geo(BigDecimal latitude, BigDecimal longitude) {
		return "geo:" + latitude.toPlainString() + "," + longitude.toPlainString() + "?q=" + latitude.toPlainString()
				+ "," + longitude.toPlainString();
	}

}
