package th.go.cdd.fastdata.womenfund.map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The map pages' Content-Security-Policy when a tile server is set: the application's policy with
 * the tile server's origin added to {@code img-src}, on these pages only. Spring Security writes its
 * own policy only where a response has none, so this one stands. Without tiles nothing changes.
 */
final class MapPagePolicy {

	private MapPagePolicy() {
	}

	static void allowTiles(MapSettings settings, HttpServletResponse response) {
		String origin = settings.tileOrigin();
		if (origin.isEmpty()) {
			return;
		}
		response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self';"
				+ " img-src 'self' data: " + origin + "; font-src 'self'; connect-src 'self'; object-src 'none';"
				+ " base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
	}

}
