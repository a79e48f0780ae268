"""Articles: plain text from HTML or Markdown, sentences, the dateline, every date expression
found and resolved in narrative order (extract), and the rows that become timeline events."""
