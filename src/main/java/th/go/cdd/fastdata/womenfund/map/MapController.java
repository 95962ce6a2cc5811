package th.go.cdd.fastdata.womenfund.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.womenfund.project.ProjectRepository;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * The debtor map of the user's districts (แผนที่ลูกหนี้), and its points exported to KML (Google
 * Earth, My Maps) and CSV. Each export is audited as an export.
 */
@Controller
class MapController {

	private final CurrentUsers currentUsers;

	private final OrganisationDirectory directory;

	private final ProjectRepository projects;

	private final MapFeatures features;

	private final MapSettings settings;

	private final NamedParameterJdbcTemplate jdbc;

	private final th.go.cdd.fastdata.audit.AuditLog audit;

	MapController(CurrentUsers currentUsers, OrganisationDirectory directory, ProjectRepository projects,
			MapFeatures features, MapSettings settings, NamedParameterJdbcTemplate jdbc,
			th.go.cdd.fastdata.audit.AuditLog audit) {
		this.currentUsers = currentUsers;
		this.directory = directory;
		this.projects = projects;
		this.features = features;
		this.settings = settings;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@GetMapping("/womenfund/map")
	String map(@RequestParam(required = false) String districtCode, @RequestParam(required = false) String subdistrictCode,
			@RequestParam(required = false) String group, @RequestParam(required = false) String fiscalYear, Model model,
			HttpServletResponse response) {
		Scope scope = this.currentUsers.scope();
		List<String[]> problems = new ArrayList<>();
		MapFilter filter = MapFilter.read(scope, districtCode, subdistrictCode, group, fiscalYear, this.directory,
				problems);
		model.addAttribute("filter", filter);
		model.addAttribute("filterProblems", problems.stream().map(p -> p[1]).toList());
		model.addAttribute("districts", this.directory.districtsIn(scope));
		model.addAttribute("subdistricts", subdistrictChoices(scope, filter));
		model.addAttribute("groups", StatusGroup.values());
		model.addAttribute("fiscalYears", this.projects.fiscalYearsInScope(scope.queryIds()));
		model.addAttribute("withoutLocation", withoutLocation(scope));
		model.addAttribute("map", this.settings);
		model.addAttribute("query", query(filter));
		MapPagePolicy.allowTiles(this.settings, response);
		return "womenfund/map/debtorMap";
	}

	@GetMapping("/womenfund/map/export.kml")
	void exportKml(@RequestParam(required = false) String districtCode,
			@RequestParam(required = false) String subdistrictCode, @RequestParam(required = false) String group,
			@RequestParam(required = false) String fiscalYear, HttpServletResponse response) throws IOException {
		MapFilter filter = filterOrEverything(districtCode, subdistrictCode, group, fiscalYear);
		List<MapFeatures.Feature> found = this.features.find(filter, "ส่งออกแผนที่ลูกหนี้ (KML)");
		this.audit.exported(ProjectLocations.RECORD_TYPE,
				"ส่งออกตำแหน่งลูกหนี้เป็น KML " + found.size() + " จุด (" + filter.describe() + ")");
		response.setContentType("application/vnd.google-earth.kml+xml");
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("debtor-map.kml"));
		KmlExport.write(found, response.getOutputStream());
	}

	@GetMapping("/womenfund/map/export.csv")
	void exportCsv(@RequestParam(required = false) String districtCode,
			@RequestParam(required = false) String subdistrictCode, @RequestParam(required = false) String group,
			@RequestParam(required = false) String fiscalYear, HttpServletResponse response) throws IOException {
		MapFilter filter = filterOrEverything(districtCode, subdistrictCode, group, fiscalYear);
		List<MapFeatures.Feature> found = this.features.find(filter, "ส่งออกแผนที่ลูกหนี้ (CSV)");
		this.audit.exported(ProjectLocations.RECORD_TYPE,
				"ส่งออกตำแหน่งลูกหนี้เป็น CSV " + found.size() + " จุด (" + filter.describe() + ")");
		response.setContentType("text/csv");
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("debtor-map.csv"));
		CsvExport.write(found, response.getOutputStream());
	}

	/** An export with a bad filter value exports what the rest of the filter says (the page shows the problem). */
	private MapFilter filterOrEverything(String districtCode, String subdistrictCode, String group, String fiscalYear) {
		return MapFilter.read(this.currentUsers.scope(), districtCode, subdistrictCode, group, fiscalYear, this.directory,
				new ArrayList<>());
	}

	/** A province's subdistricts fit one list; more (the country's 7,436) only those of the chosen district. */
	static final int SUBDISTRICTS_LISTED = 300;

	private List<AreaOption> subdistrictChoices(Scope scope, MapFilter filter) {
		if (filter.districtCode() != null) {
			List<Long> district = filter.districtIds(this.directory);
			return district.size() == 1 ? this.directory.subdistrictsOf(scope, district.get(0)) : List.of();
		}
		if (this.directory.subdistrictCount(scope) <= SUBDISTRICTS_LISTED) {
			return this.directory.subdistrictsIn(scope);
		}
		// a subdistrict asked for by its code stays chosen in the form
		return filter.subdistrictCode() == null ? List.of()
				: this.directory.subdistrictInScope(scope, filter.subdistrictCode()).map(List::of).orElse(List.of());
	}

	private long withoutLocation(Scope scope) {
		Long count = this.jdbc.queryForObject("""
				select count(*) from wf_project p where p.district_id in (:districtIds)
				  and not exists (select 1 from wf_project_location l where l.project_id = p.id)""",
				Map.of("districtIds", scope.queryIds()), Long.class);
		return count == null ? 0 : count;
	}

	/** The filter as a query string for the API and the export links. */
	private static String query(MapFilter filter) {
		List<String> parts = new ArrayList<>();
		if (filter.districtCode() != null) {
			parts.add("districtCode=" + filter.districtCode());
		}
		if (filter.subdistrictCode() != null) {
			parts.add("subdistrictCode=" + filter.subdistrictCode());
		}
		if (filter.group() != null) {
			parts.add("group=" + filter.group().name());
		}
		if (filter.fiscalYear() != null) {
			parts.add("fiscalYear=" + filter.fiscalYear());
		}
		return String.join("&", parts);
	}

	private static String attachment(String name) {
		return ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
	}

}
