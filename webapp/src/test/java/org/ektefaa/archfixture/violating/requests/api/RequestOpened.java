package org.ektefaa.archfixture.violating.requests.api;

public record RequestOpened(long id) {
}
