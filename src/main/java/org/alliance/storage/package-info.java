/**
 * Durable writes: concurrent writes are committed together in one transaction (group
 * commit) and each is acknowledged only once its batch is on disk.
 * <p>
 * Why: an acknowledged submission must survive {@code kill -9} a moment later. On the
 * embedded H2 database that needs {@code WRITE_DELAY=0}, which makes every commit write
 * the store; committing the writes of concurrent requests together pays that cost once
 * per batch instead of once per request, the way database servers group commits to the
 * write-ahead log.
 * <p>
 * Also the embedded database's protection (owner-only files, a generated password, no
 * database port) and its housekeeping (old chunks rewritten while the server runs, so
 * that the file does not grow without bound).
 */
package org.alliance.storage;
