package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads every province, district and subdistrict of Thailand with its official DOPA code
 * (83, 8301, 830101), so addresses and reports refer to areas by the codes government
 * data uses rather than by free-text names. The rows come from the CSV files in
 * {@code /db/data/thai-areas/}; where they came from and how they were made is in
 * SOURCE.md beside them. Parents are resolved by code; {@code served} is left false.
 */
public class V2__organisation_load_thai_areas extends BaseJavaMigration {

    private static final String DIR = "/db/data/thai-areas/";
    private static final int BATCH_SIZE = 500;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).get();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        load(connection, "provinces.csv",
                "insert into province (code, name_th, name_en) values (?, ?, ?)",
                null, null, "code", "name_th", "name_en");
        load(connection, "districts.csv",
                "insert into district (province_id, code, name_th, name_en) values (?, ?, ?, ?)",
                ids(connection, "select code, id from province"), "province_code",
                "code", "name_th", "name_en");
        load(connection, "subdistricts.csv",
                "insert into subdistrict (district_id, code, name_th, name_en, postcode) values (?, ?, ?, ?, ?)",
                ids(connection, "select code, id from district"), "district_code",
                "code", "name_th", "name_en", "postcode");
    }

    /**
     * Inserts one file in batches. When {@code parentIds} is given, the first parameter is the id
     * of the row named by {@code parentColumn}; the named columns follow, blank values as null.
     */
    private static void load(Connection connection, String file, String sql, Map<String, Long> parentIds,
            String parentColumn, String... columns) throws IOException, SQLException {
        try (InputStream in = V2__organisation_load_thai_areas.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + DIR + file);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                    CSVParser parser = FORMAT.parse(reader);
                    PreparedStatement insert = connection.prepareStatement(sql)) {
                int pending = 0;
                for (CSVRecord row : parser) {
                    int index = 1;
                    if (parentIds != null) {
                        String parentCode = row.get(parentColumn);
                        Long parentId = parentIds.get(parentCode);
                        if (parentId == null) {
                            throw new IllegalStateException(DIR + file + " line " + parser.getCurrentLineNumber()
                                    + ": " + parentColumn + " '" + parentCode + "' not found (row " + row.get("code") + ")");
                        }
                        insert.setLong(index++, parentId);
                    }
                    for (String column : columns) {
                        String value = row.get(column).strip();
                        insert.setString(index++, value.isEmpty() ? null : value);
                    }
                    insert.addBatch();
                    if (++pending == BATCH_SIZE) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
    }

    /** Reads a code-to-id map with a fixed two-column query. */
    private static Map<String, Long> ids(Connection connection, String sql) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }
}
