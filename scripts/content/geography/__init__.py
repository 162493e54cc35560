"""The committed base geography (assets/geo) built from Natural Earth: geo.py's parts."""
