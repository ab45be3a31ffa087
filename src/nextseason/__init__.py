"""nextseason: is season N of X happening, how sure is that, who said it, and when?"""

__version__ = "0.1.0"
