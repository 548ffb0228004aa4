package org.hemicycle.plan;

public enum OrganizationSector {
    CIVIL_SOCIETY, ACADEMIA, MEDIA, PRIVATE_SECTOR, OTHER
}
