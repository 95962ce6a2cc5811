package th.go.cdd.fastdata.womenfund.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.womenfund.project.ApiProblems;

/** The debtor map as GeoJSON, for the map page and for any GIS program an office uses. */
@RestController
class MapApiController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	/** The most points one answer carries: a province's, not the country's (choose a district for more). */
	static final int MAX_POINTS = 5000;

	private final CurrentUsers currentUsers;

	private final OrganisationDirectory directory;

	private final MapFeatures features;

	MapApiController(CurrentUsers currentUsers, OrganisationDirectory directory, MapFeatures features) {
		this.currentUsers = currentUsers;
		this.directory = directory;
		this.features = features;
	}

	/**
	 * The projects of the user's districts that have a location, as a GeoJSON FeatureCollection. Every
	 * filter is optional: {@code districtCode} (4 digits), {@code subdistrictCode} (6), {@code group}
	 * (a {@code StatusGroup} name), {@code fiscalYear} (B.E.). No person's name or national ID.
	 */
	@GetMapping("/api/v1/map/points")
	ResponseEntity<Map<String, Object>> points(@RequestParam(required = false) String districtCode,
			@RequestParam(required = false) String subdistrictCode, @RequestParam(required = false) String group,
			@RequestParam(required = false) String fiscalYear, HttpServletRequest request) {
		List<String[]> problems = new ArrayList<>();
		MapFilter filter = MapFilter.read(this.currentUsers.scope(), districtCode, subdistrictCode, group, fiscalYear,
				this.directory, problems);
		if (!problems.isEmpty()) {
			throw new ApiProblems.InvalidInput(problems.stream().map(p -> Map.of("field", p[0], "message", p[1])).toList(),
					"ตัวกรองไม่ถูกต้อง");
		}
		// one more than the map takes tells whether there were more (the country: tens of thousands of
		// points, seconds to send and more to draw); the exports stay complete
		List<MapFeatures.Feature> found = this.features.find(filter, "เปิดดูแผนที่ลูกหนี้", MAX_POINTS + 1);
		boolean more = found.size() > MAX_POINTS;
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.body(MapFeatures.geoJson(more ? found.subList(0, MAX_POINTS) : found, request.getContextPath(),
					more ? MAX_POINTS : null));
	}

}
