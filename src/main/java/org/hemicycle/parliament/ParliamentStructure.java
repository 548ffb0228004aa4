package org.hemicycle.parliament;

public enum ParliamentStructure {
    UNICAMERAL, BICAMERAL
}
