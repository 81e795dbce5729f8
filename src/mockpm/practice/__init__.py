"""Practice sessions in the terminal: pick a scenario, answer against the clock, follow-ups, feedback.

The loop (``session``) knows nothing about typer or the terminal; ``ui`` is the terminal side.
"""
