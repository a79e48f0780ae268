"""TimelineJS (Knight Lab's timeline): its JSON (json_format) and its Google-sheet layout as CSV
(sheet), both read and written, and the date parts the two carry (date_parts)."""
