"""Judges decide, per criterion, whether an answer meets it. See ``base.Judge``."""
