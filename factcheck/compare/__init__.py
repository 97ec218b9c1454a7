"""Comparison: aligned claims in, findings (disagreements) and agreements out."""

from .names import name_variants
from .numeric import compare_groups

__all__ = ["compare_groups", "name_variants"]
