/** The assessment forms, the review's workspace and its public page. */
@org.jspecify.annotations.NullMarked
package org.hemicycle.review.web;
