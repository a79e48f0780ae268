"""Dates: free text and reference dates to an honest span. The rule table and its vocabulary,
the resolvers, calendar arithmetic, named days, ranges, non-dates, the dateparser fallback, and
openings (regexes tried only where a match may begin)."""
