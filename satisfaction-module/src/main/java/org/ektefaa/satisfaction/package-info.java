/**
 * <h2>Satisfaction — surveys after service, measured honestly</h2>
 *
 * <p><b>Purpose.</b> Survey templates, invitations after a request is closed, the public survey page,
 * and the indicators (CSAT, NPS, CES, response rate), used to improve and never to punish.
 *
 * <p><b>Policy clauses served.</b> §3.5, §3.6, §3.7.
 *
 * <p><b>State.</b> The module exists as a boundary only: its features are the satisfaction issue.
 *
 * <p><b>Events fired.</b> none yet. <b>Events observed.</b> none yet.
 *
 * <p><b>Tables owned.</b> none yet; prefix {@code sat_}, migrations in {@code db/migration/satisfaction}.
 */
package org.ektefaa.satisfaction;
