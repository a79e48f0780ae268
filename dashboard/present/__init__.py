"""The Present tab's rooms: deck and slides (pure: what each slide shows, in what order, and the
overview strip; the PDF handout uses them too), page (the tab and its full-screen view), cards
(the opening, event and closing slides as text), keys (the keyboard, clicker and swipe listener)
and look (type that grows with the screen)."""
