"""The Present tab's rooms: page (the tab and its full-screen view), cards (the opening, event
and closing slides as text), keys (the keyboard, clicker and swipe listener) and look (type that
grows with the screen). What is on each slide comes from the pure slides and deck modules."""
