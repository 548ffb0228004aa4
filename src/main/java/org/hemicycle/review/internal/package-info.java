/** How assessments and reviews are kept: plain statements over their three tables. */
@org.jspecify.annotations.NullMarked
package org.hemicycle.review.internal;
