"""Dates: free text and reference dates to an honest span. The rule table and its vocabulary,
the resolvers, calendar arithmetic, named days, ranges, non-dates and the dateparser fallback."""
