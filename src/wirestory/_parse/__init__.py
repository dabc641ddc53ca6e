"""The parser: text -> document -> rules -> ``Story``, one job per module.

=================  ==========================================================
``document``       the input split once into lines and paragraph blocks
``context``        what every rule may read besides the text (registry, date)
``rules``          the one rule shape and how a table of rules is tried
``regions``        the ordered rule tables of the opening, body and ending
``opening``        the lines above the dateline (region loop and glued lines)
``ending``         credits, notes and page material peeled from the end
``pipeline``       ``parse()``: one loop per region, then the story assembled
``phrases``        the phrase rows: kind, regions, agency and pattern
``boilerplate``    matching the phrase rows against a block, a sentence, a tail
``dateline``, ``dates``, ``byline``, ``credits``, ``people``, ``headline``,
``evidence``       the element rules, each with its grammar in its docstring
=================  ==========================================================
"""
