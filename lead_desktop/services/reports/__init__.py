"""Reports built only from recorded data (outcomes.md): each figure keeps its cases."""
