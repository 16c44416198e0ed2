package org.alliance.simulate;

/**
 * A rupture planted in the client's alliance-check ratings: at {@code session} the items
 * of {@code subscales} fall at least one scale point below the client's own running level
 * (the mean of the client's earlier ratings of those items). It is repaired when a rating
 * within the next two attended sessions returns to at least that running level. Levels
 * are read on the hit subscale: the total (items 1–6) for {@code all}.
 *
 * @param clientKey key of the client
 * @param session number of the attended session that holds the drop
 * @param subscales {@code all}, {@code bond}, {@code task} or {@code goal}
 * @param repaired whether the rating returned within two attended sessions; false also
 * when the episode ended, or the data stopped, before it did
 * @param repairSession number of the session where it returned, null when unrepaired
 * @param fromCeiling whether every earlier rating of the client was the maximum (all 5s)
 */
public record PlantedRupture(String clientKey, int session, String subscales, boolean repaired, Integer repairSession,
		boolean fromCeiling) {
}
