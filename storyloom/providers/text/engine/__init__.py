"""The built-in story engine: plot planning, language banks and character bibles, with no network."""
