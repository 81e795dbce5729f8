"""Renderers for GradeReport: terminal (rich), JSON, Markdown, HTML."""
