"""mockpm: interview practice and answer grading for healthcare-AI product managers."""

__version__ = "0.1.0"
