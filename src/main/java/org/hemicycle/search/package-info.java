/**
 * Full-text search over what people wrote, in the working languages: the analyzers of each language (Hibernate
 * Search over Lucene, embedded; Elasticsearch or OpenSearch by configuration for several nodes), and the index
 * rebuilt from the database when a node starts with an index that does not hold every record. The modules map
 * their own entities to the index and run their own queries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search", allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.hemicycle.search;
