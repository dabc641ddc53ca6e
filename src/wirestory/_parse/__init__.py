"""The parser: text -> document -> rules -> ``Story``, one job per module.

=====================  ======================================================
``pipeline``           ``parse()``: one loop per region, then the story assembled
``document``           the input split once into lines and paragraph blocks
``context``, ``rules`` what every rule may read; the one rule shape, a table tried
``regions``            the ordered rule tables of the opening, body and ending
``opening``, ``glued`` the lines above the dateline; datelines glued inside a line
``standfirst``         standfirsts and photo galleries, told by their shape
``ending``             credits, notes and page material peeled from the end
``trailers``, ``leads``  shape rules of the ending and of the body
``phrases``, ``reader_rows``, ``phrase_regions``, ``stamps``  the phrase rows
``boilerplate``        matching the phrase rows against a block, a sentence, a tail
``dateline``, ``dates``  the dateline grammar; dates and their year
``byline``, ``credits``, ``credit_lines``, ``people``  bylines and credit lines
``headline``, ``evidence``  headline slugs; the evidence that decides the agency
=====================  ======================================================
"""
