package org.vigil.report.pdf;

/** Horizontal alignment of text in a table column. */
public enum Align { LEFT, RIGHT, CENTER }
