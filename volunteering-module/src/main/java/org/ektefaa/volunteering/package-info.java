/**
 * <h2>Volunteering — volunteers, opportunities, hours</h2>
 *
 * <p><b>Purpose.</b> Public registration of volunteers, coordination, opportunities and approved hours.
 *
 * <p><b>Policy clauses served.</b> §1 (volunteers are a party the association serves), §4.6.
 *
 * <p><b>State.</b> The module exists as a boundary only: its features are the volunteering issue.
 *
 * <p><b>Events fired.</b> none yet. <b>Events observed.</b> none yet.
 *
 * <p><b>Tables owned.</b> none yet; prefix {@code vol_}, migrations in {@code db/migration/volunteering}.
 */
package org.ektefaa.volunteering;
