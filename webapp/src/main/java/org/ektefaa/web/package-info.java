/**
 * <h2>Webapp — the WAR that composes the modules</h2>
 *
 * <p><b>Purpose.</b> Packages every module into one application and owns what belongs to none of them:
 * the datasource and its configuration (embedded H2 by default, MariaDB by configuration), the Flyway run
 * of every module's migrations at start-up, the shell (template, menu and dashboard assembled from the
 * modules' {@link org.ektefaa.platform.api.ShellContribution}s), error pages, security headers, the health
 * check and the architecture tests that keep the modules apart.
 *
 * <p><b>Policy clauses served.</b> none directly; it shows the association's name and the enabled
 * channels from the profile (§4, §6).
 *
 * <p><b>Events fired.</b> {@link org.ektefaa.platform.api.DatabaseMigrated} once at start-up.
 * <b>Events observed.</b> {@link org.ektefaa.platform.api.AssociationProfileChanged} (refreshes the
 * profile the shell shows on every page).
 *
 * <p><b>Tables owned.</b> none; it runs each module's migrations with that module's history table
 * ({@code <prefix>_schema_history}).
 */
package org.ektefaa.web;
