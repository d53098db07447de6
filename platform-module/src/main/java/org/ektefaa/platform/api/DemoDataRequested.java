package org.ektefaa.platform.api;

/**
 * The demo data switch was on at start-up ({@code EKTEFAA_DEMO_DATA=true}) and no demo data exists yet: each
 * module fills its part through its own boundary, in order of the observers' priority (requests, then
 * satisfaction, then volunteering), so the events fire and the reports' facts fill as in real use.
 *
 * @param seed the random seed, so two demo databases look the same
 */
public record DemoDataRequested(long seed) {
}
