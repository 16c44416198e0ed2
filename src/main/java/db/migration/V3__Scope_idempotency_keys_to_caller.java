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
 * Scopes idempotency keys to the caller: V1 made a key unique per clinic, so a key one
 * therapist used answered another therapist's request with the first one's response. A
 * key is now unique per clinic and submitter, and the request it was first used for is
 * kept as a hash so that the same key with a different request can be refused.
 * <p>
 * Written in Java because V1's unique constraint has no name of its own and H2 and
 * PostgreSQL name it differently; it is found through the standard information schema.
 */
public class V3__Scope_idempotency_keys_to_caller extends BaseJavaMigration {

	private static final String KEY_CONSTRAINTS = """
			select tc.constraint_name from information_schema.table_constraints tc
			join information_schema.key_column_usage k
			  on k.constraint_name = tc.constraint_name and k.table_schema = tc.table_schema
			where lower(tc.table_name) = 'response' and tc.constraint_type = 'UNIQUE'
			  and lower(k.column_name) = 'idempotency_key' and tc.table_schema = current_schema""";

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			for (String constraint : keyConstraints(connection)) {
				statement.execute("alter table response drop constraint \"" + constraint + "\"");
			}
			statement.execute("alter table response add column request_hash varchar(64)");
			statement.execute("alter table response add constraint response_idempotency_per_caller"
					+ " unique (clinic_id, submitted_by, idempotency_key)");
		}
	}

	private static List<String> keyConstraints(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(KEY_CONSTRAINTS);
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

}
