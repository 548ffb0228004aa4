@org.jspecify.annotations.NullMarked
package org.hemicycle.news.web;
