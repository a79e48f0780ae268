"""Export: images (PNG, SVG, PDF) dressed with a title and credit line, their presets and looks,
alt text and file names, the data downloads, the handout (the Present deck as a PDF), and the
`python -m dashboard.export` command."""
