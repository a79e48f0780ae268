"""Resolvers: from a rule's matched words to a whole period. Plain dates (core), counted and
neighbouring periods (counted), and the forms of news and business writing (news)."""
