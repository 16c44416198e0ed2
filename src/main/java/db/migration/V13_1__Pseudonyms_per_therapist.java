package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A pseudonym is unique among one therapist's clients, not in the whole clinic: a
 * clinic-wide rule told a therapist that a colleague's client held the name.
 * <p>
 * Written in Java because V1's clinic-wide unique constraint has no name of its own and
 * each database named it its own way; it is found through the standard information
 * schema, as in V3.
 */
public class V13_1__Pseudonyms_per_therapist extends BaseJavaMigration {

	private static final String PSEUDONYM_CONSTRAINTS = """
			select tc.constraint_name from information_schema.table_constraints tc
			join information_schema.key_column_usage k
			  on k.constraint_name = tc.constraint_name and k.table_schema = tc.table_schema
			where lower(tc.table_name) = 'client' and tc.constraint_type = 'UNIQUE'
			  and lower(k.column_name) = 'pseudonym' and tc.table_schema = current_schema""";

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			for (String constraint : pseudonymConstraints(connection)) {
				statement.execute("alter table client drop constraint \"" + constraint + "\"");
			}
			statement.execute("alter table client add constraint client_pseudonym_per_therapist"
					+ " unique (clinic_id, therapist_id, pseudonym)");
		}
	}

	private static List<String> pseudonymConstraints(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(PSEUDONYM_CONSTRAINTS);
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

}
