/**
 * The debtor map (แผนที่ลูกหนี้): where each project's debtor is found, with the history of
 * every location set (who, when, by phone GPS, a click on the map or an imported Google My
 * Maps pin) and a note on how to find the house; the map of a user's districts with markers
 * coloured by status group; GeoJSON, KML and CSV out, KML/KMZ in. Locations are personal
 * data: read only through the user's scope, every view of a history audited.
 */
package th.go.cdd.fastdata.womenfund.map;
