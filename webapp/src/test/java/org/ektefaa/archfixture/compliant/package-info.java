/** A miniature product that keeps every module rule; see {@code ArchitectureTest}. */
package org.ektefaa.archfixture.compliant;
