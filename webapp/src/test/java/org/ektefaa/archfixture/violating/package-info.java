/** A miniature product that breaks every module rule once; see {@code ArchitectureTest}. */
package org.ektefaa.archfixture.violating;
