package th.go.cdd.fastdata.womenfund.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * The points of a filter with what the map's popups, the KML and the CSV say about each: area names,
 * the group's Thai name and its next action, directions links. Area names and actions are read once
 * per request, not per point. Every read is audited: the map shows where debtors live.
 */
@Component
class MapFeatures {

	private final MapPoints points;

	private final OrganisationDirectory directory;

	private final ProjectStatuses statuses;

	private final AuditLog audit;

	MapFeatures(MapPoints points, OrganisationDirectory directory, ProjectStatuses statuses, AuditLog audit) {
		this.points = points;
		this.directory = directory;
		this.statuses = statuses;
		this.audit = audit;
	}

	/** A point with its words. */
	record Feature(MapPoint point, String district, String subdistrict, String groupLabel, String nextAction) {

		String directionsUrl() {
			return Directions.googleMaps(this.point.latitude(), this.point.longitude());
		}

		String geoUri() {
			return Directions.geo(this.point.latitude(), this.point.longitude());
		}

	}

	@Transactional
	List<Feature> find(MapFilter filter, String why) {
		return find(filter, why, Integer.MAX_VALUE);
	}

	/** At most {@code limit} points, the first by project. */
	@Transactional
	List<Feature> find(MapFilter filter, String why, int limit) {
		List<MapPoint> found = this.points.find(filter, limit);
		LocalDate today = this.statuses.today();
		Map<StatusGroup, String> actions = this.points.nextActions(today);
		Map<Long, String> districts = this.directory
			.districtLabels(found.stream().map(MapPoint::districtId).distinct().toList());
		Map<Long, String> subdistricts = this.directory
			.subdistrictLabels(found.stream().map(MapPoint::subdistrictId).filter(Objects::nonNull).distinct().toList());
		List<Feature> features = new ArrayList<>(found.size());
		for (MapPoint point : found) {
			features.add(new Feature(point, districts.get(point.districtId()),
					point.subdistrictId() == null ? null : subdistricts.get(point.subdistrictId()),
					point.group() == null ? "ยังไม่จัดกลุ่ม" : point.group().label(),
					point.group() == null ? null : actions.get(point.group())));
		}
		this.audit.viewed(ProjectLocations.RECORD_TYPE, null,
				why + " " + features.size() + " จุด (" + filter.describe() + ")");
		return features;
	}

	/** The features as a GeoJSON FeatureCollection (RFC 7946: longitude first). */
	static Map<String, Object> geoJson(List<Feature> features, String contextPath) {
		return geoJson(features, contextPath, null);
	}

	/**
	 * The features as a GeoJSON FeatureCollection; {@code limitedTo}, when not null, says that there were
	 * more points than this and only these are sent (a foreign member, RFC 7946 §6.1).
	 */
	static Map<String, Object> geoJson(List<Feature> features, String contextPath, Integer limitedTo) {
		List<Map<String, Object>> list = new ArrayList<>(features.size());
		for (Feature f : features) {
			MapPoint p = f.point();
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("projectId", p.projectId());
			properties.put("code", p.code());
			properties.put("name", p.name());
			properties.put("groupName", p.groupName());
			properties.put("district", f.district());
			properties.put("subdistrict", f.subdistrict());
			properties.put("fiscalYear", p.fiscalYear());
			properties.put("statusGroup", p.group() == null ? null : p.group().name());
			properties.put("statusLabel", f.groupLabel());
			properties.put("overdueAmount", p.overdueAmount());
			properties.put("outstandingAmount", p.outstandingAmount());
			properties.put("nextAction", f.nextAction());
			properties.put("method", p.method().name());
			properties.put("methodLabel", p.method().label());
			properties.put("accuracyMetres", p.accuracyMetres());
			properties.put("note", p.note());
			properties.put("recordedAt", p.recordedAt().toString());
			properties.put("url", contextPath + "/womenfund/projects/" + p.projectId());
			properties.put("locationUrl", contextPath + "/womenfund/projects/" + p.projectId() + "/location");
			properties.put("directionsUrl", f.directionsUrl());
			properties.put("geoUri", f.geoUri());
			Map<String, Object> feature = new LinkedHashMap<>();
			feature.put("type", "Feature");
			feature.put("id", p.projectId());
			feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(p.longitude(), p.latitude())));
			feature.put("properties", properties);
			list.add(feature);
		}
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", list);
		if (limitedTo != null) {
			collection.put("limitedTo", limitedTo);
		}
		return collection;
	}

}
