"""What make_graphics.py and make_placeholders.py share: fonts, text set to a width, and reading the
exhibit's content files."""
