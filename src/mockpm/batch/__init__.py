"""Cohort grading: expand inputs, grade concurrently, save as each grade finishes, export."""
